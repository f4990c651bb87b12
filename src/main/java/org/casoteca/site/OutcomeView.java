package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;

/** One evaluated outcome, labelled in the reader's language. */
@Introspected
public record OutcomeView(String name, String direction, String rating, String source) {}
