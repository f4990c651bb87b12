package org.casoteca.content;

/** Size caps that keep a hostile file from costing more than a normal one. */
final class ParseLimits {

  static final int MAX_FILE_BYTES = 1024 * 1024;
  static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
  static final int MAX_YAML_ALIASES = 50;
  static final int MAX_YAML_NESTING = 50;

  private ParseLimits() {}
}
