package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The results page: hits, facet filters with counts, applied filters, sort and pages, and a
 * spelling suggestion when the query found little ({@code corrected}: the hits are for it); {@code
 * partial} when no case study contains all the words, and {@code searchedWords} when long text was
 * searched by its most distinctive words only.
 */
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
    Pagination pagination,
    @Nullable Link suggestion,
    boolean corrected,
    boolean partial,
    @Nullable String searchedWords,
    String feedHref) {}
