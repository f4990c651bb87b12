package org.casoteca.site;

import java.util.List;
import org.casoteca.content.Languages;
import org.casoteca.search.CatalogueEntry;

/** Writes sitemap XML (sitemaps.org, with hreflang alternates). */
final class Sitemaps {

  private static final List<String> PAGES = List.of("/", "/search", "/about");

  private Sitemaps() {}

  static String urlset(String base, List<CatalogueEntry> entries, boolean withSitePages) {
    StringBuilder xml =
        new StringBuilder(256 + entries.size() * 400)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    if (withSitePages) {
      for (String page : PAGES) {
        for (String lang : Languages.SUPPORTED) {
          url(xml, base, lang, page, Languages.SUPPORTED, null);
        }
      }
    }
    for (CatalogueEntry entry : entries) {
      for (String lang : entry.languages()) {
        url(
            xml,
            base,
            lang,
            "/case-studies/" + entry.id(),
            entry.languages(),
            entry.updated().toString());
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  static String index(String base, int parts) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int part = 1; part <= parts; part++) {
      xml.append("  <sitemap><loc>")
          .append(escape(base + "/sitemaps/" + part + ".xml"))
          .append("</loc></sitemap>\n");
    }
    return xml.append("</sitemapindex>\n").toString();
  }

  private static void url(
      StringBuilder xml,
      String base,
      String lang,
      String path,
      List<String> languages,
      String lastmod) {
    xml.append("  <url><loc>").append(escape(base + "/" + lang + path)).append("</loc>");
    if (lastmod != null) {
      xml.append("<lastmod>").append(lastmod).append("</lastmod>");
    }
    for (String other : languages) {
      xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
          .append(other)
          .append("\" href=\"")
          .append(escape(base + "/" + other + path))
          .append("\"/>");
    }
    xml.append("</url>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
