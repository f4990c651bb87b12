package org.casoteca.oai;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;

/**
 * A case study as a harvested record: its datestamp (the latest change of any language version, to
 * the second) and the sets it belongs to ({@code collection:<slug>}, {@code country:<code>}).
 */
record OaiRecord(String id, Instant datestamp, List<String> sets, PublishedCaseStudy caseStudy) {

  static OaiRecord of(PublishedCaseStudy cs) {
    Instant stamp =
        cs.versions().stream()
            .map(PublishedVersion::updatedAt)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH)
            .truncatedTo(ChronoUnit.SECONDS);
    List<String> sets = new ArrayList<>();
    sets.add("collection:" + cs.collection());
    cs.versions().stream()
        .flatMap(v -> v.frontMatter().countries().stream())
        .distinct()
        .forEach(c -> sets.add("country:" + c));
    return new OaiRecord(cs.id(), stamp, List.copyOf(sets), cs);
  }

  /** In {@code set}: a set of its own, or a parent ({@code collection}, {@code country}). */
  boolean inSet(String set) {
    return sets.stream().anyMatch(s -> s.equals(set) || s.startsWith(set + ":"));
  }
}
