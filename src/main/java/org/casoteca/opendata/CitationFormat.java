package org.casoteca.opendata;

import io.micronaut.http.MediaType;
import java.util.List;
import java.util.Optional;

/** The reference-manager formats a citation can be downloaded in. */
public enum CitationFormat {
  BIBTEX("bibtex", "application/x-bibtex", "bib"),
  RIS("ris", "application/x-research-info-systems", "ris"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

  private final String parameter;
  private final String mediaType;
  private final String extension;

  CitationFormat(String parameter, String mediaType, String extension) {
    this.parameter = parameter;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String parameter() {
    return parameter;
  }

  public MediaType mediaType() {
    return MediaType.of(mediaType + ";charset=utf-8");
  }

  String extension() {
    return extension;
  }

  static Optional<CitationFormat> parse(String value) {
    for (CitationFormat f : values()) {
      if (f.parameter.equals(value)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  static String allowed() {
    return "one of: " + String.join(", ", List.of("bibtex", "ris", "csl-json"));
  }
}
