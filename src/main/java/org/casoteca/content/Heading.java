package org.casoteca.content;

import io.micronaut.serde.annotation.Serdeable;

/** A heading of a case study's body, for its table of contents. */
@Serdeable
public record Heading(int level, String id, String text) {}
