package org.casoteca.content;

import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading a short, unique anchor made from its visible text (raw HTML included, as the
 * reader sees it escaped), so that each table-of-contents entry links to a heading that exists.
 */
final class HeadingAnchors {

  static final int MAX_ID = 80;

  static final AttributeProviderFactory FACTORY =
      new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
          return (node, part, attributes) -> {
            if (node instanceof com.vladsch.flexmark.ast.Heading h
                && part == AttributablePart.NODE
                && h.getAnchorRefId() != null) {
              attributes.replaceValue("id", h.getAnchorRefId());
            }
          };
        }
      };

  private HeadingAnchors() {}

  /** Sets the anchor of every heading of {@code document} and returns the headings in order. */
  static List<Heading> assign(Document document) {
    List<Heading> headings = new ArrayList<>();
    Set<String> used = new HashSet<>();
    Map<String, Integer> lastSuffix = new HashMap<>();
    for (var node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.Heading h) {
        String text = visibleText(h);
        String id = unique(slug(text), used, lastSuffix);
        h.setAnchorRefId(id);
        headings.add(new Heading(h.getLevel(), id, text.isEmpty() ? id : text));
      }
    }
    return headings;
  }

  private static String visibleText(com.vladsch.flexmark.ast.Heading h) {
    String text = new TextCollectingVisitor().collectAndGetText(h).strip();
    return text.isEmpty() ? h.getText().toString().strip() : text;
  }

  static String slug(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < lower.length() && slug.length() < MAX_ID; i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    String id = slug.toString().replaceAll("-+$", "");
    return id.isEmpty() ? "section" : id;
  }

  /**
   * {@code base}, or {@code base-n} with the next free n: each base remembers the last n it gave,
   * so that many equal headings cost linear time rather than quadratic.
   */
  private static String unique(String base, Set<String> used, Map<String, Integer> lastSuffix) {
    String id = base;
    int n = lastSuffix.getOrDefault(base, 0);
    while (!used.add(id)) {
      id = base + "-" + ++n;
    }
    lastSuffix.put(base, n);
    return id;
  }
}
