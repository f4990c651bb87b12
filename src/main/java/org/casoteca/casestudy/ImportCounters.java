package org.casoteca.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casoteca.content.Problem;

/** Counts one import run as it goes; becomes an {@link ImportReport}. */
final class ImportCounters {

  private final Instant startedAt = Instant.now();
  private final List<Problem> problems = new ArrayList<>();
  private int seen;
  private int imported;
  private int unchanged;
  private int unpublished;
  private int skipped;
  private boolean listingFailed;

  void seen() {
    seen++;
  }

  void imported() {
    imported++;
  }

  void unchanged() {
    unchanged++;
  }

  void unpublished() {
    unpublished++;
  }

  void skipped(List<Problem> found) {
    skipped++;
    problems.addAll(found);
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  void listingFailed(Problem problem) {
    listingFailed = true;
    problems.add(problem);
  }

  boolean listingFailed() {
    return listingFailed;
  }

  ImportReport report(String contentPath) {
    return new ImportReport(
        contentPath,
        startedAt,
        Instant.now(),
        seen,
        imported,
        unchanged,
        unpublished,
        skipped,
        problems);
  }
}
