package org.casoteca.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.Evidence;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Label;
import org.casoteca.content.MarkdownRenderer;
import org.casoteca.content.RenderedBody;
import org.casoteca.content.Taxonomy;
import org.casoteca.content.Vocabulary;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test data for the search tests: the real taxonomy and small bilingual case studies. */
final class TestCaseStudies {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static Taxonomy taxonomy;

  private TestCaseStudies() {}

  /** The synonyms of {@code content/synonyms.txt}, as the application applies them. */
  static Synonyms synonyms() {
    return new Synonyms(Path.of("content/synonyms.txt"));
  }

  /** The taxonomy of {@code content/taxonomy.yml}, read like the application reads it. */
  static synchronized Taxonomy taxonomy() {
    if (taxonomy == null) {
      taxonomy = loadTaxonomy(Path.of("content/taxonomy.yml"));
    }
    return taxonomy;
  }

  @SuppressWarnings("unchecked")
  private static Taxonomy loadTaxonomy(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Object> root =
          (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      Map<String, String> folders = new LinkedHashMap<>();
      ((Map<String, Object>) root.get("collections"))
          .forEach(
              (slug, value) ->
                  folders.put(slug, String.valueOf(((Map<String, Object>) value).get("folder"))));
      return new Taxonomy(
          folders,
          vocabulary(root, "collections"),
          vocabulary(root, "themes"),
          vocabulary(root, "populations"),
          vocabulary(root, "evidence_ratings"),
          vocabulary(root, "evidence_designs"),
          vocabulary(root, "outcome_directions"),
          vocabulary(root, "statuses"),
          vocabulary(root, "scopes"),
          vocabulary(root, "countries"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Vocabulary vocabulary(Map<String, Object> root, String name) {
    Map<String, Label> labels = new LinkedHashMap<>();
    ((Map<String, Object>) root.get(name))
        .forEach(
            (slug, value) -> {
              Map<String, Object> entry = (Map<String, Object>) value;
              labels.put(
                  slug,
                  new Label(String.valueOf(entry.get("es")), String.valueOf(entry.get("en"))));
            });
    return new Vocabulary(name, labels);
  }

  static Builder caseStudy(String id) {
    return new Builder(id);
  }

  /** Builds a {@link PublishedCaseStudy} whose language versions share the same facts. */
  static final class Builder {
    private final String id;
    private String collection = "experience";
    private List<String> countries = List.of("SV");
    private List<String> themes = List.of("violence-prevention");
    private List<String> populations = List.of();
    private List<String> aliases = List.of();
    private Integer startYear;
    private String rating = "promising";
    private LocalDate updated = LocalDate.of(2024, 1, 1);
    private final List<String[]> versions = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    Builder collection(String value) {
      collection = value;
      return this;
    }

    Builder countries(String... values) {
      countries = List.of(values);
      return this;
    }

    Builder themes(String... values) {
      themes = List.of(values);
      return this;
    }

    Builder populations(String... values) {
      populations = List.of(values);
      return this;
    }

    Builder aliases(String... values) {
      aliases = List.of(values);
      return this;
    }

    Builder startYear(Integer value) {
      startYear = value;
      return this;
    }

    Builder rating(String value) {
      rating = value;
      return this;
    }

    Builder updated(String isoDate) {
      updated = LocalDate.parse(isoDate);
      return this;
    }

    Builder es(String title, String summary, String markdownBody) {
      versions.add(new String[] {"es", title, summary, markdownBody});
      return this;
    }

    Builder en(String title, String summary, String markdownBody) {
      versions.add(new String[] {"en", title, summary, markdownBody});
      return this;
    }

    PublishedCaseStudy build() {
      List<PublishedVersion> built = new ArrayList<>();
      for (String[] v : versions) {
        FrontMatter fm =
            new FrontMatter(
                v[1],
                v[2],
                collection,
                countries,
                themes,
                populations,
                aliases,
                startYear,
                null,
                "active",
                null,
                List.of(),
                List.of(),
                "local",
                new Evidence(rating, null, List.of()),
                List.of(),
                List.of(),
                updated,
                null);
        RenderedBody body = RENDERER.render(v[3]);
        built.add(
            new PublishedVersion(
                v[0],
                fm,
                v[3],
                body.html(),
                body.plainText(),
                body.headings(),
                Instant.parse("2024-01-01T00:00:00Z")));
      }
      return new PublishedCaseStudy(id, collection, built);
    }
  }
}
