package org.casoteca.search;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.Evidence;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.MarkdownRenderer;
import org.casoteca.content.RenderedBody;
import org.casoteca.content.Taxonomy;

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
      taxonomy = Taxonomy.load(Path.of("content/taxonomy.yml"));
    }
    return taxonomy;
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
