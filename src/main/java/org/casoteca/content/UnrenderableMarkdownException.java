package org.casoteca.content;

/**
 * A Markdown text that cannot be shown: nested too deeply or with too many headings. Carries the
 * 1-based line and column (within the rendered text) and what to change.
 */
public final class UnrenderableMarkdownException extends RuntimeException {

  private final int line;
  private final int column;

  UnrenderableMarkdownException(int line, int column, String message) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
