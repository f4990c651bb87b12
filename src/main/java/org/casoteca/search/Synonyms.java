package org.casoteca.search;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.LongSupplier;
import org.casoteca.content.ContentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The curated synonyms of {@code content/synonyms.txt}, applied to queries. The file is checked for
 * changes at most once a second, so curators can edit it without a restart; a file that cannot be
 * read keeps the previous rules in force.
 */
@Singleton
public class Synonyms {

  private static final Logger LOG = LoggerFactory.getLogger(Synonyms.class);
  private static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

  private final Path file;
  private final LongSupplier clock;
  private volatile SynonymRules rules = SynonymRules.NONE;
  private volatile FileTime loadedVersion;
  private volatile long lastCheck;

  @Inject
  Synonyms(ContentConfiguration configuration) {
    this(configuration.getPath().resolve("synonyms.txt"));
  }

  Synonyms(Path file) {
    this(file, System::nanoTime);
  }

  /** With {@code clock} in nanoseconds, so tests can let a second pass without waiting for it. */
  Synonyms(Path file, LongSupplier clock) {
    this.file = file;
    this.clock = clock;
    this.lastCheck = clock.getAsLong() - CHECK_INTERVAL_NANOS;
  }

  /** The query with synonym groups expanded (see {@link SynonymRules#expand}). */
  String expand(String query) {
    return current().expand(query);
  }

  SynonymRules current() {
    long now = clock.getAsLong();
    if (now - lastCheck >= CHECK_INTERVAL_NANOS) {
      lastCheck = now;
      reloadIfChanged();
    }
    return rules;
  }

  private synchronized void reloadIfChanged() {
    try {
      if (!Files.isRegularFile(file)) {
        return;
      }
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(loadedVersion)) {
        return;
      }
      SynonymRules parsed = SynonymRules.parse(Files.readString(file, StandardCharsets.UTF_8));
      parsed.problems().forEach(p -> LOG.warn("{}: {}", file, p));
      rules = parsed;
      loadedVersion = modified;
      LOG.info("Loaded {} synonym terms from {}", parsed.alternatives().size(), file);
    } catch (IOException e) {
      LOG.warn("Cannot read {} ({}); the previous synonyms stay in force", file, e.getMessage());
    }
  }
}
