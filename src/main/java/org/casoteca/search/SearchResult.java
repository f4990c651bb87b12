package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, with facet counts and the filters in force. When the query has words
 * the corpus does not contain and found little, {@code suggestion} is the query with those words
 * corrected ("did you mean"); {@code corrected} says the hits are already for it, because the query
 * as typed found nothing. {@code match} says how the hits matched the query ({@link MatchKind}:
 * {@code all}, {@code partial} or {@code corrected}); {@code searched}, when not null, lists the
 * words actually searched because the query was long text shortened to its most distinctive words.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SearchResult(
    String query,
    String lang,
    String sort,
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    List<AppliedFilter> applied,
    @Nullable Integer yearFrom,
    @Nullable Integer yearTo,
    @Nullable String suggestion,
    boolean corrected,
    String match,
    @Nullable List<String> searched) {

  /** The number of the last page that has results (at least 1). */
  public int lastPage() {
    long pages = Math.max(1, (total + size - 1) / size);
    return (int) Math.min(pages, SearchLimits.MAX_RESULT_WINDOW / size);
  }
}
