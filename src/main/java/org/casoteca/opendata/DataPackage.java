package org.casoteca.opendata;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A Frictionless Data Package descriptor ({@code datapackage.json}) of the open-data files. */
@Serdeable
record DataPackage(
    String profile,
    String name,
    String title,
    String description,
    String homepage,
    List<License> licenses,
    List<Resource> resources) {

  static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

  static DataPackage of(String base) {
    String files = base + OpenDataController.PATH;
    return new DataPackage(
        "data-package",
        "casoteca-case-studies",
        "Casoteca: citizen-security case studies of Central America and the Dominican Republic",
        "Every published case study of Casoteca in Spanish and English: metadata (CSV), metadata"
            + " and Markdown text (JSON), and the Markdown files as written (ZIP).",
        base + "/",
        List.of(new License("CC-BY-4.0", LICENSE_URL, "Creative Commons Attribution 4.0")),
        List.of(
            new Resource(
                "case-studies-metadata",
                files + "/case-studies.csv",
                "csv",
                "text/csv",
                "utf-8",
                "tabular-data-resource",
                "One row per language version of each published case study",
                new Schema(
                    CsvColumn.ALL.stream()
                        .map(c -> new Field(c.name(), c.type(), c.description()))
                        .toList(),
                    List.of("id", "lang"))),
            new Resource(
                "case-studies",
                files + "/case-studies.json",
                "json",
                "application/json",
                "utf-8",
                "data-resource",
                "Each published case study with every language version: metadata as in the"
                    + " Markdown format, page address and Markdown source",
                null),
            new Resource(
                "case-studies-markdown",
                files + "/case-studies.zip",
                "zip",
                "application/zip",
                null,
                "data-resource",
                "The Markdown files as written, in the content folder layout"
                    + " (<folder>/<id>.<lang>.md), with the licence",
                null),
            new Resource(
                "licence",
                files + "/LICENSE.txt",
                "txt",
                "text/plain",
                "utf-8",
                "data-resource",
                "The licence of the content",
                null)));
  }

  /** A licence of the package. */
  @Serdeable
  record License(String name, String path, String title) {}

  /** One file of the package. */
  @Serdeable
  record Resource(
      String name,
      String path,
      String format,
      String mediatype,
      @io.micronaut.core.annotation.Nullable String encoding,
      String profile,
      String description,
      @io.micronaut.core.annotation.Nullable Schema schema) {}

  /** A Table Schema. */
  @Serdeable
  record Schema(List<Field> fields, List<String> primaryKey) {}

  /** A column of a Table Schema. */
  @Serdeable
  record Field(String name, String type, String description) {}
}
