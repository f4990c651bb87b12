package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The results page: hits, facet filters with counts, applied filters, sort and pages. */
@Introspected
public record SearchPage(
    PageChrome chrome,
    String query,
    long total,
    int page,
    List<HitView> hits,
    List<FacetGroup> facets,
    List<Link> applied,
    String clearFilters,
    List<Link> sorts,
    Pagination pagination) {}
