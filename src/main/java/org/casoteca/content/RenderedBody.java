package org.casoteca.content;

import java.util.List;

/** A Markdown body rendered to sanitized HTML, with its plain text and headings. */
public record RenderedBody(String html, String plainText, List<Heading> headings) {

  public RenderedBody {
    headings = List.copyOf(headings);
  }
}
