package org.casoteca.content;

import io.micronaut.serde.annotation.Serdeable;

/** One evaluated outcome: what was measured, which way it moved, how strong the evidence is. */
@Serdeable
public record Outcome(String name, String direction, String rating, String source) {}
