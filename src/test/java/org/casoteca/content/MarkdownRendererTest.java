package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body of a case study reaches every visitor's browser: whatever an author writes, the HTML
 * must carry no script, no event handler and no dangerous link, while ordinary Markdown survives.
 */
class MarkdownRendererTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private static final Set<String> ALLOWED_ELEMENTS =
      Set.of(
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
          "sub");
  private static final Set<String> ALLOWED_ATTRIBUTES =
      Set.of("id", "align", "href", "title", "rel", "src", "alt");
  private static final List<String> FORBIDDEN_ELEMENTS =
      List.of(
          "<script",
          "<iframe",
          "<form",
          "<input",
          "<meta",
          "<base",
          "<style",
          "<noscript",
          "<svg",
          "<object",
          "<embed",
          "<link",
          "<div");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-z]+);");

  private static String html(String markdown) {
    return RENDERER.render(markdown).html();
  }

  /** Decodes the character references a browser would decode. */
  static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String value =
          switch (ref) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
              if (ref.startsWith("#x") || ref.startsWith("#X")) {
                yield Character.toString(Integer.parseInt(ref.substring(2), 16));
              } else if (ref.startsWith("#")) {
                yield Character.toString(Integer.parseInt(ref.substring(1)));
              }
              yield m.group();
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** The text a visitor reads: the HTML without its tags, references decoded. */
  static String visibleText(String html) {
    return decode(html.replaceAll("<[^>]*>", ""));
  }

  /** Fails when {@code html} could run script, load a frame or redirect the page. */
  static void assertSafe(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String element : FORBIDDEN_ELEMENTS) {
      assertFalse(lower.contains(element), element + " in " + html);
    }
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      assertTrue(ALLOWED_ELEMENTS.contains(name), "element <" + name + "> in " + html);
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
        assertFalse(attributeName.startsWith("on"), "event attribute in " + html);
        assertTrue(
            ALLOWED_ATTRIBUTES.contains(attributeName),
            "attribute " + attributeName + " in " + html);
        String value =
            attribute.group(2) == null
                ? ""
                : decode(attribute.group(2))
                    .replaceAll("[\\s\\x00-\\x1f\"']", "")
                    .toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
          assertFalse(value.contains(scheme), scheme + " in " + attributeName + " of " + html);
        }
      }
    }
  }

  /** The inputs of security.md that concern Markdown and HTML, plus close variants. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](java&#115;cript:alert(1))",
        "[a](&#x6A;avascript:alert(1))",
        "[a](java%73cript:alert(1))",
        "[a](  javascript:alert(1))",
        "[a](<javascript:alert(1)>)",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
        "[a](DATA:text/html,<script>alert(1)</script>)",
        "[a](vbscript:x)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[a][x]\n\n[x]: javascript:alert(1)",
        "![a][x]\n\n[x]: javascript:alert(1)",
        "[a]\n\n[a]: JAVASCRIPT:alert(1) \"t\"",
        "<noscript><style></noscript><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<form action=\"https://evil.example\"><input name=q><button>ok</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<style>body{display:none}</style>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "[x](https://x.org\" onmouseover=\"alert(1))",
        "![x\" onerror=\"alert(1)](https://example.org/a.png)",
        "## <img src=x onerror=alert(1)>\n",
        "| a | <script>alert(1)</script> |\n|---|---|\n| <img src=x onerror=alert(1)> | b |\n",
        "> <script>alert(1)</script>\n",
        "- [a](javascript:alert(1))\n- <svg onload=alert(1)>\n",
        "<javascript:alert(1)>",
        "www.example.org/<script>alert(1)</script>"
      })
  void anAttackRendersToNothingActive(String markdown) {
    assertSafe(html(markdown));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<noscript><style></noscript><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">"
      })
  void rawHtmlIsShownAsText(String markdown) {
    String html = html(markdown);

    assertEquals(markdown, visibleText(html).strip(), html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[texto](javascript:alert(1))",
        "[texto](JaVaScRiPt:alert(1))",
        "[texto](java&#115;cript:alert(1))",
        "[texto](data:text/html;base64,PHNjcmlwdD4=)",
        "[texto](vbscript:x)",
        "[texto][x]\n\n[x]: javascript:alert(1)"
      })
  void aDangerousLinkKeepsItsTextButLosesItsTarget(String markdown) {
    String html = html(markdown);

    assertFalse(html.contains("href"), html);
    assertEquals("texto", visibleText(html).strip(), html);
  }

  @Test
  void tablesSurviveWithTheirAlignment() {
    String html =
        html("| País | Año |\n|:---|:-:|\n| El Salvador | 2011 |\n| Guatemala | 2014 |\n");

    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<th align=\"left\">País</th>"), html);
    assertTrue(html.contains("<td align=\"center\">2011</td>"), html);
    assertTrue(html.contains("<td align=\"left\">Guatemala</td>"), html);
    assertSafe(html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/informe.pdf",
        "http://example.org/a?b=1",
        "../tools/sv-guia",
        "/es/case-studies/sv-ciudad-mujer",
        "#impacto",
        "mailto:contacto@example.org"
      })
  void linksToWebRelativeAndMailAddressesSurvive(String target) {
    String html = html("Ver [el informe](" + target + ").");

    Matcher href = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>el informe</a>").matcher(html);
    assertTrue(href.find(), html);
    assertEquals(target, decode(href.group(1)));
  }

  @Test
  void linksAreMarkedNofollow() {
    assertTrue(
        html("[a](https://example.org)").contains("rel=\"nofollow\""), "links need rel=nofollow");
  }

  @Test
  void aLinkTitleSurvives() {
    assertTrue(
        html("[a](https://example.org \"Informe 2016\")").contains("title=\"Informe 2016\""));
  }

  @Test
  void imagesOnTheWebOrRelativeSurvive() {
    String html = html("![Mapa](https://example.org/mapa.png \"Mapa\") ![Logo](img/logo.png)");

    assertTrue(html.contains("src=\"https://example.org/mapa.png\""), html);
    assertTrue(html.contains("alt=\"Mapa\""), html);
    assertTrue(html.contains("src=\"img/logo.png\""), html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/informe",
        "<https://example.org/informe>",
        "www.example.org/informe"
      })
  void autolinksBecomeLinks(String markdown) {
    String html = html("Ver " + markdown + " ahora.");

    assertTrue(html.matches("(?s).*<a href=\"https?://(www\\.)?example\\.org/informe\".*"), html);
  }

  @Test
  void strikethroughSurvives() {
    assertTrue(html("~~cifra antigua~~ cifra nueva").contains("<del>cifra antigua</del>"));
  }

  @Test
  void formattingListsQuotesAndCodeSurvive() {
    String html =
        html(
            "Texto *en cursiva* y **en negrita**.\n\n1. uno\n2. dos\n\n- a\n- b\n\n> cita\n\n"
                + "```\n<script>alert(1)</script>\n```\n\nUsa `<b>` así.\n\n---\n");

    assertTrue(html.contains("<em>en cursiva</em>"), html);
    assertTrue(html.contains("<strong>en negrita</strong>"), html);
    assertTrue(html.contains("<ol><li>uno</li><li>dos</li></ol>"), html);
    assertTrue(html.contains("<ul><li>a</li><li>b</li></ul>"), html);
    assertTrue(html.contains("<blockquote>"), html);
    assertTrue(html.contains("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("<code>&lt;b&gt;</code>"), html);
    assertTrue(html.contains("<hr"), html);
    assertSafe(html);
  }

  @Test
  void headingsGetIdAttributes() {
    String html = html("# Ciudad Mujer\n\n## Contexto\n\n### Lecciones aprendidas\n");

    assertTrue(html.contains("<h1 id=\"ciudad-mujer\">Ciudad Mujer</h1>"), html);
    assertTrue(html.contains("<h2 id=\"contexto\">Contexto</h2>"), html);
    assertTrue(html.contains("<h3 id=\"lecciones-aprendidas\">Lecciones aprendidas</h3>"), html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "## Intervención",
        "## ¿Qué funcionó?",
        "## C++ y C#",
        "## 100 % de cobertura",
        "## `código`",
        "## Impacto\n\n## Impacto",
        "## \"comillas\" y 'apóstrofos'",
        "Setext\n------"
      })
  void everyTableOfContentsEntryHasItsAnchorInTheHtml(String markdown) {
    RenderedBody body = RENDERER.render(markdown);

    assertFalse(body.headings().isEmpty());
    for (Heading h : body.headings()) {
      assertTrue(
          body.html().contains(" id=\"" + h.id() + "\""),
          "no anchor for #" + h.id() + " in " + body.html());
    }
    assertSafe(body.html());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "## Programa de prevención de la violencia juvenil en los municipios de la zona norte"
            + " del país, con énfasis en escuelas y espacios públicos",
        "## <Impacto>"
      })
  void aLongOrMarkupHeadingHasAWorkingTableOfContentsEntry(String markdown) {
    RenderedBody body = RENDERER.render(markdown);

    Heading h = body.headings().get(0);
    assertFalse(h.id().isEmpty(), body.headings().toString());
    assertEquals(visibleText(body.html()).strip(), h.text());
    assertTrue(body.html().contains(" id=\"" + h.id() + "\""), body.html());
  }

  @Test
  void aTitleWithMarkupIsKeptVerbatimAndNeverReachesTheBodyAsHtml() {
    String title = "<script>alert(1)</script>";
    String file =
        """
        ---
        title: "<script>alert(1)</script>"
        summary: "<img src=x onerror=alert(1)>"
        collection: experience
        countries: [SV]
        themes: [vawg]
        lead_agency: "Secretaría <b>de</b> Inclusión"
        evidence: {rating: not_evaluated}
        sources: [{title: "<svg onload=alert(1)>", url: "https://example.org/a"}]
        updated: 2026-11-28
        ---
        # <script>alert(1)</script>

        Texto.
        """;
    CaseStudyParser parser =
        new CaseStudyParser(TaxonomyLoader.load(Path.of("content/taxonomy.yml")));

    ParseResult result = parser.parse("x.es.md", file.getBytes(StandardCharsets.UTF_8), null);

    assertTrue(result.isValid(), result.problems().toString());
    ParsedCaseStudy cs = result.caseStudy().orElseThrow();
    assertEquals(title, cs.frontMatter().title());
    assertEquals("<img src=x onerror=alert(1)>", cs.frontMatter().summary());
    assertEquals("Secretaría <b>de</b> Inclusión", cs.frontMatter().leadAgency());
    assertEquals("<svg onload=alert(1)>", cs.frontMatter().sources().get(0).title());
    assertFalse(cs.body().html().contains(title), cs.body().html());
    assertTrue(visibleText(cs.body().html()).contains(title), cs.body().html());
    assertSafe(cs.body().html());
  }

  @Test
  void theSafetyCheckItselfCatchesActiveContent() {
    // Guards the helper: if it accepted these, the tests above would prove nothing.
    for (String unsafe :
        List.of(
            "<p><a href=\"javascript:alert(1)\">a</a></p>",
            "<p><a href=\"java&#115;cript:alert(1)\">a</a></p>",
            "<img src=\"x\" onerror=\"alert(1)\" />",
            "<p><script>alert(1)</script></p>",
            "<iframe src=\"https://x\"></iframe>",
            "<a href=\"DATA:text/html,x\">a</a>")) {
      try {
        assertSafe(unsafe);
      } catch (AssertionError expected) {
        continue;
      }
      throw new AssertionError("assertSafe accepted " + unsafe);
    }
  }
}
