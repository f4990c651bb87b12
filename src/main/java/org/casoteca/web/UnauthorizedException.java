package org.casoteca.web;

/** Wrong credentials, or no credentials where they are needed; answered 401. */
public class UnauthorizedException extends RuntimeException {

  public UnauthorizedException(String message) {
    super(message, null, false, false);
  }
}
