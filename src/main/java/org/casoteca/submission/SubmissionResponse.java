package org.casoteca.submission;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import org.casoteca.content.Problem;

/**
 * A submission with the validation result of its current text (empty {@code problems} means it can
 * be submitted), its submitted revisions and its provenance log.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SubmissionResponse(
    Submission submission,
    List<Problem> problems,
    List<Revision> revisions,
    List<ProvenanceEntry> provenance) {}
