package org.casoteca.web;

import java.util.List;

/**
 * A request with invalid parameters; answered 400 with a problem body (API) or a readable page
 * (site) listing every invalid parameter.
 */
public class BadRequestException extends RuntimeException {

  private final List<InvalidParameter> invalidParameters;

  public BadRequestException(List<InvalidParameter> invalidParameters) {
    super(describe(invalidParameters), null, false, false);
    this.invalidParameters = List.copyOf(invalidParameters);
  }

  public BadRequestException(String parameter, String reason) {
    this(List.of(new InvalidParameter(parameter, reason)));
  }

  public List<InvalidParameter> invalidParameters() {
    return invalidParameters;
  }

  private static String describe(List<InvalidParameter> parameters) {
    StringBuilder text = new StringBuilder();
    for (InvalidParameter p : parameters) {
      text.append(text.isEmpty() ? "" : "; ").append(p.name()).append(": ").append(p.reason());
    }
    return text.toString();
  }
}
