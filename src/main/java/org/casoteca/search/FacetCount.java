package org.casoteca.search;

import io.micronaut.serde.annotation.Serdeable;

/** One value of a facet: how many results have it, and whether it is a selected filter. */
@Serdeable
public record FacetCount(String value, String label, long count, boolean selected) {}
