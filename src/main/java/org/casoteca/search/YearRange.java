package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A bucket of the start-year facet; open-ended at either end when a bound is null. */
record YearRange(@Nullable Integer from, @Nullable Integer to) {

  static final List<YearRange> BUCKETS =
      List.of(
          new YearRange(null, 1999),
          new YearRange(2000, 2009),
          new YearRange(2010, 2014),
          new YearRange(2015, 2019),
          new YearRange(2020, 2024),
          new YearRange(2025, null));

  /** The facet value, e.g. {@code 2010-2014}, {@code -1999} or {@code 2025-}. */
  String key() {
    return (from == null ? "" : from.toString()) + "-" + (to == null ? "" : to.toString());
  }

  /** A reader's label: {@code 2010–2014}, {@code hasta 1999}, {@code 2025 onwards}. */
  String label(String lang) {
    boolean spanish = !"en".equals(lang);
    if (from == null) {
      return (spanish ? "hasta " : "up to ") + to;
    }
    if (to == null) {
      return spanish ? "desde " + from : from + " onwards";
    }
    return from + "–" + to;
  }

  long min() {
    return from == null ? Integer.MIN_VALUE : from;
  }

  long max() {
    return to == null ? Integer.MAX_VALUE : to;
  }

  boolean matches(@Nullable Integer yearFrom, @Nullable Integer yearTo) {
    return java.util.Objects.equals(from, yearFrom) && java.util.Objects.equals(to, yearTo);
  }
}
