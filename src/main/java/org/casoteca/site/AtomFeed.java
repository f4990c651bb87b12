package org.casoteca.site;

import org.casoteca.search.SearchHit;
import org.casoteca.search.SearchResult;

/** Writes an Atom 1.0 feed of search hits; every text is escaped. */
final class AtomFeed {

  private static final String EPOCH = "1970-01-01";

  private AtomFeed() {}

  static String write(String title, String self, String html, String base, SearchResult result) {
    String updated =
        result.hits().stream().map(SearchHit::updated).max(String::compareTo).orElse(EPOCH);
    StringBuilder xml =
        new StringBuilder(1024 + result.hits().size() * 600)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
            .append(result.lang())
            .append("\">\n")
            .append("  <title>")
            .append(Sitemaps.escape(title))
            .append("</title>\n")
            .append("  <id>")
            .append(Sitemaps.escape(self))
            .append("</id>\n")
            .append("  <link rel=\"self\" href=\"")
            .append(Sitemaps.escape(self))
            .append("\"/>\n")
            .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
            .append(Sitemaps.escape(html))
            .append("\"/>\n")
            .append("  <updated>")
            .append(updated)
            .append("T00:00:00Z</updated>\n")
            .append("  <author><name>Casoteca</name></author>\n");
    for (SearchHit hit : result.hits()) {
      String link = base + hit.url();
      xml.append("  <entry>\n")
          .append("    <title>")
          .append(Sitemaps.escape(hit.title()))
          .append("</title>\n")
          .append("    <id>")
          .append(Sitemaps.escape(base + "/case-studies/" + hit.id()))
          .append("</id>\n")
          .append("    <link href=\"")
          .append(Sitemaps.escape(link))
          .append("\" hreflang=\"")
          .append(hit.lang())
          .append("\"/>\n")
          .append("    <updated>")
          .append(hit.updated())
          .append("T00:00:00Z</updated>\n")
          .append("    <summary>")
          .append(Sitemaps.escape(hit.summary()))
          .append("</summary>\n")
          .append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }
}
