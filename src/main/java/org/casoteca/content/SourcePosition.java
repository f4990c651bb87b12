package org.casoteca.content;

/** A 1-based line and column inside a case-study file. */
record SourcePosition(int line, int column) {

  static final SourcePosition START = new SourcePosition(1, 1);
}
