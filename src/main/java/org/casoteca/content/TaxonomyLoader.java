package org.casoteca.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code taxonomy.yml}; a broken taxonomy stops start-up with a message saying where. */
final class TaxonomyLoader {

  private TaxonomyLoader() {}

  /** Where the build puts a copy of the corpus's {@code content/taxonomy.yml} in the jar. */
  static final String BUNDLED = "bundled/taxonomy.yml";

  static Taxonomy load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read the taxonomy " + file + ": " + e.getMessage(), e);
    }
  }

  /** The taxonomy shipped in the application, for when no content folder has one. */
  static Taxonomy loadBundled() {
    InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("The application has no bundled " + BUNDLED);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, "(bundled) taxonomy.yml");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the bundled taxonomy: " + e.getMessage(), e);
    }
  }

  /** {@code file}'s taxonomy when it exists, else the bundled one. */
  static Taxonomy loadOrBundled(Path file) {
    return Files.isRegularFile(file) ? load(file) : loadBundled();
  }

  private static Taxonomy read(Reader reader, String name) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Object root = new Yaml(new SafeConstructor(options)).load(reader);
      return fromMap(asMap(root, "taxonomy"));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Invalid taxonomy " + name + ": " + e.getMessage(), e);
    }
  }

  private static Taxonomy fromMap(Map<String, Object> root) {
    Map<String, Object> collections = asMap(root.get("collections"), "collections");
    Map<String, String> folders = new LinkedHashMap<>();
    collections.forEach(
        (slug, value) ->
            folders.put(slug, text(asMap(value, slug).get("folder"), slug + ".folder")));
    return new Taxonomy(
        folders,
        vocabulary(root, "collections"),
        vocabulary(root, "themes"),
        vocabulary(root, "populations"),
        vocabulary(root, "evidence_ratings"),
        vocabulary(root, "evidence_designs"),
        vocabulary(root, "source_types"),
        vocabulary(root, "outcome_directions"),
        vocabulary(root, "statuses"),
        vocabulary(root, "scopes"),
        vocabulary(root, "countries"));
  }

  private static Vocabulary vocabulary(Map<String, Object> root, String name) {
    Map<String, Label> labels = new LinkedHashMap<>();
    asMap(root.get(name), name)
        .forEach(
            (slug, value) -> {
              Map<String, Object> entry = asMap(value, name + "." + slug);
              labels.put(
                  slug,
                  new Label(
                      text(entry.get("es"), name + "." + slug + ".es"),
                      text(entry.get("en"), name + "." + slug + ".en")));
            });
    return new Vocabulary(name, labels);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(where + " must be a mapping");
  }

  private static String text(Object value, String where) {
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(where + " is missing");
    }
    return value.toString();
  }
}
