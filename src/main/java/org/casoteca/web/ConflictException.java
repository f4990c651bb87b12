package org.casoteca.web;

/**
 * An action that the current state of a resource does not allow (an illegal transition, or another
 * person acted first); answered 409 with the current state.
 */
public class ConflictException extends RuntimeException {

  private final String currentState;

  public ConflictException(String detail, String currentState) {
    super(detail, null, false, false);
    this.currentState = currentState;
  }

  public String currentState() {
    return currentState;
  }
}
