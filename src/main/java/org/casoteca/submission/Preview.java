package org.casoteca.submission;

import java.util.regex.Pattern;
import org.casoteca.content.MarkdownRenderer;
import org.casoteca.content.UnrenderableMarkdownException;

/**
 * The server-rendered preview of a text's body: the same renderer and sanitizer as publication, so
 * what the preview shows is what readers will get. Works on unfinished texts too.
 */
public final class Preview {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\uFEFF?---\\r?\\n.*?\\r?\\n---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL);
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private Preview() {}

  /**
   * Sanitized HTML of the body of {@code markdown} (what follows the front matter); empty when the
   * body is too deep or too large to show (the text's problems then say where), so that a page
   * showing an old stored text still answers.
   */
  public static String html(String markdown) {
    String body = FRONT_MATTER.matcher(markdown).replaceFirst("");
    try {
      return RENDERER.render(body).html();
    } catch (UnrenderableMarkdownException e) {
      return "";
    }
  }
}
