package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;

/** A labelled link, with a count where it leads to results and whether it is the current choice. */
@Introspected
public record Link(String label, String href, long count, boolean selected) {}
