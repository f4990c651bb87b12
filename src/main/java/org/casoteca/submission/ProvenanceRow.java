package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One entry of the append-only provenance log. */
@MappedEntity("provenance")
record ProvenanceRow(
    @Id @GeneratedValue @Nullable Long id,
    long submissionId,
    long actorId,
    String actorEmail,
    String action,
    @Nullable String fromState,
    String toState,
    @Nullable String reason,
    int revision,
    Instant at) {

  ProvenanceEntry toEntry() {
    return new ProvenanceEntry(actorEmail, action, fromState, toState, reason, revision, at);
  }
}
