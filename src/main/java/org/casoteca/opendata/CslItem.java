package org.casoteca.opendata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A CSL-JSON item (the format of Zotero, Mendeley and citeproc) for a cited case study. */
@Serdeable
record CslItem(
    String id,
    String type,
    String title,
    List<Name> author,
    String publisher,
    @JsonProperty("container-title") String containerTitle,
    DateParts issued,
    DateParts accessed,
    @JsonProperty("URL") String url,
    String language,
    @JsonProperty("abstract") String summary,
    String keyword,
    String license) {

  static CslItem of(CitedWork w, LocalDate accessed) {
    return new CslItem(
        w.key(),
        "webpage",
        w.title(),
        List.of(new Name(CitedWork.PUBLISHER)),
        CitedWork.PUBLISHER,
        CitedWork.PUBLISHER,
        DateParts.of(w.updated()),
        DateParts.of(accessed),
        w.url(),
        w.lang(),
        w.summary(),
        String.join(", ", w.keywords()),
        w.license());
  }

  /** An institutional author. */
  @Serdeable
  record Name(String literal) {}

  /** A CSL date: {@code {"date-parts": [[2026, 11, 28]]}}. */
  @Serdeable
  record DateParts(@JsonProperty("date-parts") List<List<Integer>> dateParts) {
    static DateParts of(LocalDate d) {
      return new DateParts(List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
    }
  }
}
