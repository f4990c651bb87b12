package org.casoteca.search;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * The state of this node's index: the last change applied, how many documents it holds, and what
 * the follower has done since start-up (rebuilds and documents written).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record IndexStatus(
    long lastSeq, int documents, int rebuilds, long documentsWritten, long lastRebuildMillis) {}
