package org.casoteca.content;

import io.micronaut.serde.annotation.Serdeable;

/** A vocabulary value's name in Spanish and English. */
@Serdeable
public record Label(String es, String en) {

  /** The label in {@code lang}, Spanish when the language is not English. */
  public String in(String lang) {
    return Languages.ENGLISH.equals(lang) ? en : es;
  }
}
