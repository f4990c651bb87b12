package org.casoteca.opendata;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.casoteca.content.FrontMatter;

/**
 * A column of the metadata CSV (one row per language version). The same list describes the file in
 * {@code datapackage.json}, so the schema and the file cannot drift apart.
 */
record CsvColumn(String name, String type, String description, Function<Row, String> value) {

  /** What a row is made of. */
  record Row(String id, String lang, String collection, String url, FrontMatter fm) {}

  static final List<CsvColumn> ALL =
      List.of(
          new CsvColumn("id", "string", "Case study id (the same in every language)", Row::id),
          new CsvColumn("lang", "string", "Language of this version: es or en", Row::lang),
          new CsvColumn(
              "collection", "string", "experience, tool, conose, study or event", Row::collection),
          new CsvColumn("title", "string", "Title", r -> r.fm().title()),
          new CsvColumn("summary", "string", "One-paragraph summary", r -> r.fm().summary()),
          new CsvColumn(
              "countries",
              "string",
              "ISO 3166-1 alpha-2 codes or regional, separated by ;",
              r -> join(r.fm().countries())),
          new CsvColumn(
              "themes", "string", "Theme slugs, separated by ;", r -> join(r.fm().themes())),
          new CsvColumn(
              "populations",
              "string",
              "Population slugs, separated by ;",
              r -> join(r.fm().populations())),
          new CsvColumn("start_year", "integer", "Year it started", r -> text(r.fm().startYear())),
          new CsvColumn("end_year", "integer", "Year it ended", r -> text(r.fm().endYear())),
          new CsvColumn(
              "status",
              "string",
              "active, completed, paused or unknown",
              r -> text(r.fm().status())),
          new CsvColumn(
              "scope",
              "string",
              "local, municipal, national or regional",
              r -> text(r.fm().scope())),
          new CsvColumn("lead_agency", "string", "Lead agency", r -> text(r.fm().leadAgency())),
          new CsvColumn(
              "evidence_rating",
              "string",
              "Evidence rating slug (see the evidence page)",
              r -> r.fm().evidence().rating()),
          new CsvColumn(
              "evidence_design",
              "string",
              "Evaluation design slug",
              r -> text(r.fm().evidence().design())),
          new CsvColumn(
              "sources", "integer", "Number of cited sources", r -> text(r.fm().sources().size())),
          new CsvColumn(
              "updated",
              "date",
              "Date of the last review of the facts",
              r -> text(r.fm().updated())),
          new CsvColumn("license", "string", "SPDX licence identifier", r -> r.fm().license()),
          new CsvColumn("url", "string", "Address of this version on the site", Row::url));

  private static String join(List<String> values) {
    return String.join(";", values);
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
