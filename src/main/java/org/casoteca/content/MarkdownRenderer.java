package org.casoteca.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders a Markdown body to HTML that is safe to embed: raw HTML is escaped by Flexmark and the
 * result passes an allow-list sanitizer (formatting, blocks, tables, images, and links to http,
 * https, mailto or relative addresses only), because Flexmark alone lets {@code javascript:} links
 * through. Also keeps the plain text (for search) and the headings (for a table of contents).
 */
public final class MarkdownRenderer {

  /** Bump when rendering changes: stored renderings of older versions are then redone. */
  public static final int VERSION = 1;

  private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,100}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "em",
              "strong",
              "del",
              "s",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img",
              "sup",
              "sub")
          .allowAttributes("id")
          .matching(HEADING_ID)
          .onElements("h1", "h2", "h3", "h4", "h5", "h6")
          .allowAttributes("align")
          .matching(Pattern.compile("left|right|center"))
          .onElements("th", "td")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelNofollowOnLinks()
          .toFactory();

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options).attributeProviderFactory(HeadingAnchors.FACTORY).build();
  }

  /**
   * Renders {@code markdown}; throws {@link UnrenderableMarkdownException} when it passes the
   * {@link MarkdownLimits}, or when rendering still runs out of stack (a last line of defence: the
   * limits are meant to refuse every such text first).
   */
  public RenderedBody render(String markdown) {
    Optional<MarkdownLimits.Violation> violation = MarkdownLimits.check(markdown);
    if (violation.isPresent()) {
      MarkdownLimits.Violation v = violation.get();
      throw new UnrenderableMarkdownException(v.line(), v.column(), v.message());
    }
    try {
      Document document = parser.parse(markdown);
      List<Heading> headings = HeadingAnchors.assign(document);
      String html = POLICY.sanitize(renderer.render(document));
      return new RenderedBody(html, plainText(document), headings);
    } catch (StackOverflowError e) {
      throw new UnrenderableMarkdownException(
          1, 1, "the text is nested too deeply to be shown; nest lists, quotes and links less");
    }
  }

  /**
   * The text of each leaf block on its own paragraph, so snippets never run a heading into text.
   */
  private static String plainText(Document document) {
    StringBuilder text = new StringBuilder();
    for (var node : document.getDescendants()) {
      if (node instanceof Paragraph
          || node instanceof com.vladsch.flexmark.ast.Heading
          || node instanceof TableCell
          || node instanceof FencedCodeBlock
          || node instanceof IndentedCodeBlock) {
        String block = new TextCollectingVisitor().collectAndGetText(node).strip();
        if (!block.isEmpty()) {
          text.append(text.isEmpty() ? "" : "\n\n").append(block);
        }
      }
    }
    return text.toString();
  }
}
