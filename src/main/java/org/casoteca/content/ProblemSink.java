package org.casoteca.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so that every problem is reported at once. */
final class ProblemSink {

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ProblemSink(String file) {
    this.file = file;
  }

  void at(SourcePosition position, String field, String message) {
    problems.add(new Problem(file, position.line(), position.column(), field, message));
  }

  /** True when a problem about {@code field} was already reported (so it is not reported twice). */
  boolean reported(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
