package org.casoteca.content;

import java.util.List;
import java.util.Optional;

/** The outcome of parsing a file: the case study when it is valid, else every problem found. */
public record ParseResult(Optional<ParsedCaseStudy> caseStudy, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
  }

  static ParseResult invalid(List<Problem> problems) {
    return new ParseResult(Optional.empty(), problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
