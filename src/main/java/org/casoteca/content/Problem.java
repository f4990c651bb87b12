package org.casoteca.content;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One problem found in a case-study file: where it is (file, 1-based line and column), which field
 * it concerns (a path such as {@code countries[1]}, or empty for the file as a whole) and what is
 * wrong or allowed.
 */
@Serdeable
public record Problem(String file, int line, int column, String field, String message) {

  /** The problem as a compiler-style line: {@code file:line:column: field: message}. */
  @Override
  public String toString() {
    String where = file + ":" + line + ":" + column + ": ";
    return field.isEmpty() ? where + message : where + field + ": " + message;
  }
}
