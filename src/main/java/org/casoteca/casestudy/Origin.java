package org.casoteca.casestudy;

/** Who owns a language version: the Git-kept content folder, or the review workflow. */
public enum Origin {
  CONTENT,
  SUBMISSION;

  String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
