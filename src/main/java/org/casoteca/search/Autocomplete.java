package org.casoteca.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.casoteca.content.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autocomplete over titles, aliases, themes and countries: any word of an entry may be completed
 * (an infix suggester), accents and capitals ignored. The suggester is rebuilt in memory, in the
 * background, after the index changes; lookups keep using the previous one meanwhile.
 */
@Singleton
public class Autocomplete {

  private static final Logger LOG = LoggerFactory.getLogger(Autocomplete.class);
  private static final int MIN_PREFIX_CHARS = 2;

  private final SearchIndex index;
  private final Taxonomy taxonomy;
  private final ExecutorService builder;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicReference<Lease> current =
      new java.util.concurrent.atomic.AtomicReference<>();

  Autocomplete(SearchIndex index, Taxonomy taxonomy) {
    this.index = index;
    this.taxonomy = taxonomy;
    this.builder =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "autocomplete-builder");
              t.setDaemon(true);
              return t;
            });
  }

  /** Proposals for {@code prefix} in {@code lang}, best first. */
  public List<Suggestion> suggest(String prefix, String lang, int max) {
    if (prefix.isBlank()) {
      return List.of();
    }
    try (Lease lease = lease()) {
      if (lease == null) {
        return List.of();
      }
      List<Lookup.LookupResult> results =
          lease.suggester.lookup(prefix, Set.of(new BytesRef(lang)), max * 2, true, false);
      Set<String> seen = new LinkedHashSet<>();
      List<Suggestion> suggestions = new ArrayList<>();
      for (Lookup.LookupResult r : results) {
        String[] payload = SuggestionEntry.readPayload(r.payload);
        if (suggestions.size() < max && seen.add(payload[0] + "|" + payload[1])) {
          suggestions.add(
              new Suggestion(r.key.toString(), payload[0], payload[1], url(payload, lang)));
        }
      }
      return suggestions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Schedules a rebuild from the current index; bursts of changes cost one rebuild. */
  void refresh() {
    if (pending.compareAndSet(false, true)) {
      builder.execute(
          () -> {
            pending.set(false);
            rebuild();
          });
    }
  }

  /** Rebuilds now, on the calling thread. */
  void rebuild() {
    try {
      List<SuggestionEntry> entries = index.withSearcher(s -> SuggestionEntries.of(s, taxonomy));
      AnalyzingInfixSuggester next =
          new AnalyzingInfixSuggester(
              new ByteBuffersDirectory(),
              new WordAnalyzer(),
              new WordAnalyzer(),
              MIN_PREFIX_CHARS,
              false,
              true,
              false,
              true);
      next.build(new EntryIterator(entries.iterator()));
      Lease previous = current.getAndSet(new Lease(next));
      if (previous != null) {
        previous.close();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("The autocomplete could not be rebuilt; the previous one stays in use", e);
    }
  }

  private static String url(String[] payload, String lang) {
    String value = URLEncoder.encode(payload[1], StandardCharsets.UTF_8);
    return switch (payload[0]) {
      case SuggestionEntry.THEME -> "/" + lang + "/search?theme=" + value;
      case SuggestionEntry.COUNTRY -> "/" + lang + "/search?country=" + value;
      default -> "/" + lang + "/case-studies/" + value;
    };
  }

  @PreDestroy
  void close() {
    builder.shutdownNow();
    Lease last = current.getAndSet(null);
    if (last != null) {
      last.close();
    }
  }

  /**
   * The suggester in use, held until the lease is closed, or null when there is none yet. A rebuild
   * swaps in a new suggester at any time; the old one is closed only when its last lease ends, so a
   * lookup in flight never meets a closed suggester.
   */
  Lease lease() {
    while (true) {
      Lease lease = current.get();
      if (lease == null || lease.acquire()) {
        return lease;
      }
      // Released by a swap between the read and the acquire: the next read sees the new one.
    }
  }

  /**
   * A reference-counted suggester: one reference for being current, one per lookup in flight;
   * closed when the count reaches zero.
   */
  static final class Lease implements AutoCloseable {
    private final AnalyzingInfixSuggester suggester;
    private final java.util.concurrent.atomic.AtomicInteger references =
        new java.util.concurrent.atomic.AtomicInteger(1);

    private Lease(AnalyzingInfixSuggester suggester) {
      this.suggester = suggester;
    }

    private boolean acquire() {
      int n;
      do {
        n = references.get();
        if (n <= 0) {
          return false;
        }
      } while (!references.compareAndSet(n, n + 1));
      return true;
    }

    /** Whether the suggester has been closed (no lease holds it and it is no longer current). */
    boolean closed() {
      return references.get() <= 0;
    }

    List<Lookup.LookupResult> lookup(String prefix, String lang) throws IOException {
      return suggester.lookup(prefix, Set.of(new BytesRef(lang)), 8, true, false);
    }

    @Override
    public void close() {
      if (references.decrementAndGet() == 0) {
        try {
          suggester.close();
        } catch (IOException e) {
          LOG.warn("Closing a replaced autocomplete failed", e);
        }
      }
    }
  }

  /** Feeds entries to the suggester's build. */
  private static final class EntryIterator implements InputIterator {
    private final Iterator<SuggestionEntry> entries;
    private SuggestionEntry current;

    EntryIterator(Iterator<SuggestionEntry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.label());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return current.payload();
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return current.contexts();
    }

    @Override
    public boolean hasContexts() {
      return true;
    }
  }
}
