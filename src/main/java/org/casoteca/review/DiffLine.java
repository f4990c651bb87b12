package org.casoteca.review;

import io.micronaut.core.annotation.Introspected;

/**
 * One line of a diff: {@code same}, {@code added} or {@code removed}, with its line numbers in the
 * old and new text (0 where it has none).
 */
@Introspected
public record DiffLine(String kind, int oldNumber, int newNumber, String text) {

  public String sign() {
    return switch (kind) {
      case "added" -> "+";
      case "removed" -> "-";
      default -> " ";
    };
  }
}
