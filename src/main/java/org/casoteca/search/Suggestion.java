package org.casoteca.search;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An autocomplete proposal: a case study's title or alias, a theme or a country, with the address
 * it leads to in the reader's language.
 */
@Serdeable
public record Suggestion(String label, String kind, String value, String url) {}
