package org.casoteca.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the values of a front matter against the format and the taxonomy. Every problem is
 * recorded with the position of the value it concerns, and says what is allowed.
 */
final class FrontMatterValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_SUMMARY = 400;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  private static final Pattern SDG_TARGET = Pattern.compile("(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])");
  private static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9.+-]{2,60}");

  private final Taxonomy taxonomy;
  private final ProblemSink problems;
  private final FieldPositions positions;

  FrontMatterValidator(Taxonomy taxonomy, ProblemSink problems, FieldPositions positions) {
    this.taxonomy = taxonomy;
    this.problems = problems;
    this.positions = positions;
  }

  /**
   * Validates {@code fm}; {@code folderCollection} is the collection its folder implies, if any.
   */
  void validate(FrontMatter fm, String folderCollection) {
    text(fm.title(), "title", MAX_TITLE);
    text(fm.summary(), "summary", MAX_SUMMARY);
    collection(fm.collection(), folderCollection);
    countries(fm.countries());
    required(fm.themes(), "themes", taxonomy.themes().allowed());
    slugs(fm.themes(), "themes", taxonomy.themes());
    slugs(fm.populations(), "populations", taxonomy.populations());
    noBlankValues(fm.aliases(), "aliases");
    noBlankValues(fm.partners(), "partners");
    noBlankValues(fm.funders(), "funders");
    years(fm.startYear(), fm.endYear());
    optionalSlug(fm.status(), "status", taxonomy.statuses());
    optionalSlug(fm.scope(), "scope", taxonomy.scopes());
    sdgTargets(fm.sdgTargets());
    sources(fm.sources());
    evidence(fm.evidence(), fm.sources(), fm.collection());
    if (fm.updated() == null && !problems.reported("updated")) {
      fail("updated", "is required: the ISO date the facts were last checked, e.g. 2026-11-28");
    }
    if (!LICENSE.matcher(fm.license()).matches()) {
      fail("license", "must be an SPDX licence identifier such as CC-BY-4.0");
    }
  }

  private void text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      if (!problems.reported(field)) {
        fail(field, "is required and must not be empty");
      }
    } else if (value.length() > max) {
      fail(field, "has " + value.length() + " characters; at most " + max + " are allowed");
    }
  }

  private void collection(String value, String folderCollection) {
    if (value == null || value.isBlank()) {
      fail("collection", "is required: " + taxonomy.collections().allowed());
    } else if (!taxonomy.collections().contains(value)) {
      fail(
          "collection",
          "'"
              + YamlNodes.clip(value)
              + "' is not a collection; "
              + taxonomy.collections().allowed());
    } else if (folderCollection != null && !folderCollection.equals(value)) {
      fail(
          "collection",
          "'"
              + value
              + "' does not match the folder '"
              + taxonomy.folderOf(folderCollection)
              + "': files of collection '"
              + value
              + "' belong in '"
              + taxonomy.folderOf(value)
              + "'");
    }
  }

  private void countries(List<String> countries) {
    required(countries, "countries", "ISO 3166-1 alpha-2 codes such as SV, GT, HN, or 'regional'");
    for (int i = 0; i < countries.size(); i++) {
      String code = countries.get(i);
      if (!code.isEmpty() && !taxonomy.isCountry(code)) {
        String hint =
            taxonomy.isCountry(code.toUpperCase(Locale.ROOT)) ? " (write it in upper case)" : "";
        fail(
            "countries[" + i + "]",
            "'"
                + YamlNodes.clip(code)
                + "' is not an ISO 3166-1 alpha-2 code or 'regional'"
                + hint);
      }
    }
    noBlankValues(countries, "countries");
    noDuplicates(countries, "countries");
  }

  private void required(List<String> values, String field, String allowed) {
    if (values.isEmpty() && !problems.reported(field)) {
      fail(field, "is required: a list of " + allowed);
    }
  }

  private void slugs(List<String> values, String field, Vocabulary vocabulary) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!value.isEmpty() && !vocabulary.contains(value)) {
        fail(
            field + "[" + i + "]",
            "'" + YamlNodes.clip(value) + "' is not in the taxonomy; " + vocabulary.allowed());
      }
    }
    noBlankValues(values, field);
    noDuplicates(values, field);
  }

  private void optionalSlug(String value, String field, Vocabulary vocabulary) {
    if (value != null && !vocabulary.contains(value)) {
      fail(field, "'" + YamlNodes.clip(value) + "' is not allowed; " + vocabulary.allowed());
    }
  }

  private void noBlankValues(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        fail(field + "[" + i + "]", "must not be empty");
      }
    }
  }

  private void noDuplicates(List<String> values, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isEmpty() && !seen.add(values.get(i))) {
        fail(field + "[" + i + "]", "'" + YamlNodes.clip(values.get(i)) + "' is listed twice");
      }
    }
  }

  private void years(Integer start, Integer end) {
    year(start, "start_year");
    year(end, "end_year");
    if (start != null && end != null && end < start) {
      fail("end_year", end + " is before start_year " + start);
    }
  }

  private void year(Integer year, String field) {
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      fail(field, year + " is not a year between " + MIN_YEAR + " and " + MAX_YEAR);
    }
  }

  private void sdgTargets(List<String> targets) {
    for (int i = 0; i < targets.size(); i++) {
      if (!SDG_TARGET.matcher(targets.get(i)).matches()) {
        fail(
            "sdg_targets[" + i + "]",
            "'"
                + YamlNodes.clip(targets.get(i))
                + "' is not an SDG target such as \"5.2\" or \"16.a\" (quote it in YAML)");
      }
    }
    noDuplicates(targets, "sdg_targets");
  }

  private void sources(List<CaseStudySource> sources) {
    if (sources.isEmpty()) {
      fail("sources", "is required: at least one {title, url, publisher, year}");
    }
    for (int i = 0; i < sources.size(); i++) {
      CaseStudySource s = sources.get(i);
      String path = "sources[" + i + "]";
      if (s.title() == null || s.title().isBlank()) {
        fail(path + ".title", "is required");
      }
      if (s.url() == null || s.url().isBlank()) {
        fail(path + ".url", "is required: an http or https address");
      } else if (!isWebAddress(s.url())) {
        fail(path + ".url", "'" + YamlNodes.clip(s.url()) + "' is not an http or https address");
      }
      year(s.year(), path + ".year");
      optionalSlug(s.type(), path + ".type", taxonomy.sourceTypes());
    }
  }

  /** Ratings that claim an outcome was shown, so they must rest on the evaluation itself. */
  private static final Set<String> EVALUATED_RATINGS = Set.of("effective", "promising");

  /** The collections that are not interventions, so an outcome rating does not apply to them. */
  private static final Set<String> NOT_INTERVENTIONS = Set.of("study", "tool", "event", "conose");

  private void evidence(Evidence evidence, List<CaseStudySource> sources, String collection) {
    if (evidence == null) {
      fail(
          "evidence",
          "is required: a mapping with rating (" + taxonomy.evidenceRatings().allowed() + ")");
      return;
    }
    if (evidence.rating() == null) {
      fail("evidence.rating", "is required: " + taxonomy.evidenceRatings().allowed());
    } else {
      optionalSlug(evidence.rating(), "evidence.rating", taxonomy.evidenceRatings());
    }
    ratingFitsTheCollection(evidence.rating(), collection);
    ratingRestsOnAnEvaluation(evidence, sources);
    optionalSlug(evidence.design(), "evidence.design", taxonomy.evidenceDesigns());
    Set<String> urls = sources.stream().map(CaseStudySource::url).collect(Collectors.toSet());
    for (int i = 0; i < evidence.outcomes().size(); i++) {
      outcome(evidence.outcomes().get(i), "evidence.outcomes[" + i + "]", urls);
    }
  }

  private void ratingFitsTheCollection(String rating, String collection) {
    if ("not_applicable".equals(rating)
        && collection != null
        && taxonomy.collections().contains(collection)
        && !NOT_INTERVENTIONS.contains(collection)) {
      fail(
          "evidence.rating",
          "'not_applicable' is only for studies, tools, events and CONOSE contributions; rate"
              + " this "
              + collection
              + " on its evidence, e.g. not_evaluated or practice_based");
    }
  }

  private void ratingRestsOnAnEvaluation(Evidence evidence, List<CaseStudySource> sources) {
    if (evidence.rating() == null || !EVALUATED_RATINGS.contains(evidence.rating())) {
      return;
    }
    Set<String> evaluations =
        sources.stream()
            .filter(s -> "evaluation".equals(s.type()) && s.url() != null)
            .map(CaseStudySource::url)
            .collect(Collectors.toSet());
    boolean cited = evidence.outcomes().stream().anyMatch(o -> evaluations.contains(o.source()));
    if (!cited) {
      fail(
          "evidence.rating",
          "'"
              + evidence.rating()
              + "' needs an outcome whose source is the evaluation itself: a source with type:"
              + " evaluation");
    }
  }

  private void outcome(Outcome outcome, String path, Set<String> sourceUrls) {
    if (outcome.name() == null || outcome.name().isBlank()) {
      fail(path + ".name", "is required: what was measured");
    }
    requiredSlug(outcome.direction(), path + ".direction", taxonomy.outcomeDirections());
    requiredSlug(outcome.rating(), path + ".rating", taxonomy.evidenceRatings());
    if (outcome.source() == null) {
      fail(path + ".source", "is required: the url of one of this file's sources");
    } else if (!sourceUrls.contains(outcome.source())) {
      fail(
          path + ".source",
          "'"
              + YamlNodes.clip(outcome.source())
              + "' is not the url of one of this file's sources");
    }
  }

  private void requiredSlug(String value, String field, Vocabulary vocabulary) {
    if (value == null) {
      fail(field, "is required: " + vocabulary.allowed());
    } else {
      optionalSlug(value, field, vocabulary);
    }
  }

  static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void fail(String field, String message) {
    problems.at(positions.at(field), field, message);
  }
}
