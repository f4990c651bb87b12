package org.casoteca.web;

/** A resource that does not exist or is not public; answered 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message, null, false, false);
  }
}
