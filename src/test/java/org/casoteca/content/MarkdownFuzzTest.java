package org.casoteca.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Whatever an author writes, the rendered and sanitized body carries no script, no event handler
 * and no script or data URL. {@code ./mvnw verify} replays the seed corpus (the Markdown and HTML
 * attacks of the security research, under {@code MarkdownFuzzTestInputs}); docs/security.md says
 * how to fuzz it for ten minutes.
 */
class MarkdownFuzzTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  @FuzzTest(maxDuration = "10m")
  void renderedHtmlIsSafe(byte[] input) {
    String markdown = new String(input, StandardCharsets.UTF_8);
    MarkdownRendererTest.assertSafe(RENDERER.render(markdown).html());
  }
}
