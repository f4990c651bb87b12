package org.casoteca.web;

import io.micronaut.json.JsonSyntaxException;

/** What to tell a client about a body that is not JSON, without echoing the body back. */
final class JsonErrors {

  private static final int MAX_REASON = 200;

  private JsonErrors() {}

  static String reason(JsonSyntaxException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    // Jackson appends the source location on a new line; the first line says what is wrong.
    int newline = message.indexOf('\n');
    String first = (newline < 0 ? message : message.substring(0, newline)).strip();
    if (first.length() > MAX_REASON) {
      first = first.substring(0, MAX_REASON);
    }
    return first.isEmpty() ? "is not valid JSON" : "is not valid JSON: " + first;
  }
}
