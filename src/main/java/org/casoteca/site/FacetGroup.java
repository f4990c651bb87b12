package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** One facet on the results page: its name and a toggle link per value. */
@Introspected
public record FacetGroup(String name, String title, List<Link> values) {}
