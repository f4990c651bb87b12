package org.casoteca.casestudy;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import org.casoteca.content.Problem;

/**
 * What the last import of the content folder did: files seen, stored (new or changed), unchanged,
 * unpublished (deleted from the folder) and skipped (invalid), with every problem found.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ImportReport(
    String contentPath,
    Instant startedAt,
    Instant finishedAt,
    int filesSeen,
    int imported,
    int unchanged,
    int unpublished,
    int skipped,
    List<Problem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  static ImportReport notRun(String contentPath) {
    Instant now = Instant.now();
    return new ImportReport(contentPath, now, now, 0, 0, 0, 0, 0, List.of());
  }
}
