package org.casoteca.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.Languages;

/**
 * The comparison point for relevance: the same case-study text and field weights in a plain Lucene
 * index with {@code StandardAnalyzer} (no folding, stemming, synonyms or corrections), queried with
 * {@code SimpleQueryParser} and any-word matching.
 */
final class PlainBaseline {

  private final IndexSearcher searcher;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final Map<String, Float> weights = new LinkedHashMap<>();

  PlainBaseline(List<PublishedCaseStudy> corpus) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (PublishedCaseStudy cs : corpus) {
        Document doc = new Document();
        doc.add(new StringField("id", cs.id(), Field.Store.YES));
        for (PublishedVersion v : cs.versions()) {
          doc.add(new TextField("title_" + v.lang(), v.frontMatter().title(), Field.Store.NO));
          doc.add(new TextField("summary_" + v.lang(), v.frontMatter().summary(), Field.Store.NO));
          doc.add(new TextField("body_" + v.lang(), v.plainText(), Field.Store.NO));
          v.frontMatter()
              .aliases()
              .forEach(a -> doc.add(new TextField("aliases", a, Field.Store.NO)));
        }
        writer.addDocument(doc);
      }
    }
    this.searcher = new IndexSearcher(DirectoryReader.open(directory));
    weights.put("aliases", 5f);
    for (String lang : Languages.SUPPORTED) {
      weights.put("title_" + lang, 4f);
      weights.put("summary_" + lang, 2f);
      weights.put("body_" + lang, 1f);
    }
  }

  List<String> rank(String query, int n) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit :
        searcher.search(new SimpleQueryParser(analyzer, weights).parse(query), n).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }
}
