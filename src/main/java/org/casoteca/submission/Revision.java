package org.casoteca.submission;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/** A submitted revision of a submission's text. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Revision(int number, String markdown, String contentHash, Instant createdAt) {}
