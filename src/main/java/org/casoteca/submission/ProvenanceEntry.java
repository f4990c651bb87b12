package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/** Who did what to a submission, when, and why. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ProvenanceEntry(
    String actor,
    String action,
    @Nullable String fromState,
    String toState,
    @Nullable String reason,
    int revision,
    Instant at) {}
