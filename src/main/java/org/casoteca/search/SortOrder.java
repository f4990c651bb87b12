package org.casoteca.search;

import java.util.Locale;
import java.util.Optional;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  TITLE;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<SortOrder> parse(String value) {
    for (SortOrder order : values()) {
      if (order.parameter().equals(value)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
