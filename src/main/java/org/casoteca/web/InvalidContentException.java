package org.casoteca.web;

import java.util.List;
import org.casoteca.content.Problem;

/**
 * A text that does not pass validation; answered 400 with every problem, each with its line and
 * column, in the problem body's {@code problems} list.
 */
public class InvalidContentException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidContentException(List<Problem> problems) {
    super(problems.size() + " problems", null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
