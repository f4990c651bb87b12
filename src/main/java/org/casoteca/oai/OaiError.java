package org.casoteca.oai;

/** A protocol error: answered 200 with an {@code <error code="…">} element, as OAI-PMH requires. */
final class OaiError extends RuntimeException {

  private final String code;

  OaiError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }

  /** badVerb and badArgument answers echo no arguments in {@code <request>}. */
  boolean echoesNoArguments() {
    return code.equals("badVerb") || code.equals("badArgument");
  }
}
