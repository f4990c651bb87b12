package org.casoteca.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.LocalDate;
import java.util.List;

/**
 * The metadata of one language version of a case study, as written in its YAML front matter (format
 * v1, see {@code docs/case-study-format.md}).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record FrontMatter(
    String title,
    String summary,
    String collection,
    List<String> countries,
    List<String> themes,
    List<String> populations,
    List<String> aliases,
    @Nullable Integer startYear,
    @Nullable Integer endYear,
    @Nullable String status,
    @Nullable String leadAgency,
    List<String> partners,
    List<String> funders,
    @Nullable String scope,
    Evidence evidence,
    List<String> sdgTargets,
    List<CaseStudySource> sources,
    LocalDate updated,
    String license) {

  public static final String DEFAULT_LICENSE = "CC-BY-4.0";

  public FrontMatter {
    countries = copy(countries);
    themes = copy(themes);
    populations = copy(populations);
    aliases = copy(aliases);
    partners = copy(partners);
    funders = copy(funders);
    sdgTargets = copy(sdgTargets);
    sources = sources == null ? List.of() : List.copyOf(sources);
    license = license == null ? DEFAULT_LICENSE : license;
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
