package org.casoteca.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.casoteca.content.Languages;

/**
 * Highlighted passages of the body, per document and language. The formatter escapes the text, so a
 * snippet is safe HTML whose only markup is {@code <mark>}.
 */
final class Snippets {

  private static final int MAX_CHARS_ANALYZED = 20_000;

  private final Map<String, String[]> byField;
  private final int[] docIds;

  private Snippets(Map<String, String[]> byField, int[] docIds) {
    this.byField = byField;
    this.docIds = docIds;
  }

  static Snippets none() {
    return new Snippets(Map.of(), new int[0]);
  }

  static Snippets highlight(IndexSearcher searcher, SearchIndex index, Query query, int[] docIds)
      throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, index.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withMaxLength(MAX_CHARS_ANALYZED)
            .withMaxNoHighlightPassages(0)
            .build();
    String[] fields = Languages.SUPPORTED.stream().map(FieldNames::body).toArray(String[]::new);
    int[] passages = new int[fields.length];
    java.util.Arrays.fill(passages, 1);
    Map<String, String[]> result =
        new HashMap<>(highlighter.highlightFields(fields, query, docIds, passages));
    return new Snippets(result, docIds);
  }

  /** The passage of {@code docId} in {@code lang}, else in the other language, else null. */
  String of(int docId, String lang) {
    String own = find(docId, FieldNames.body(lang));
    return own != null ? own : find(docId, FieldNames.body(Languages.other(lang)));
  }

  private String find(int docId, String field) {
    String[] values = byField.get(field);
    if (values == null) {
      return null;
    }
    for (int i = 0; i < docIds.length; i++) {
      if (docIds[i] == docId) {
        return values[i];
      }
    }
    return null;
  }
}
