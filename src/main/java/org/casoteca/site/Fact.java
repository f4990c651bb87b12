package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** One row of a case study's metadata panel: a label and its values, linked when searchable. */
@Introspected
public record Fact(String label, List<Link> values) {}
