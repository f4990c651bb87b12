package org.casoteca.search;

import io.micronaut.serde.annotation.Serdeable;

/** A filter in force, echoed back so that it can be shown and removed. */
@Serdeable
public record AppliedFilter(String facet, String value, String label) {}
