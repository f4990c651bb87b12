package org.casoteca.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.casoteca.casestudy.RelatedCaseStudy;
import org.casoteca.content.Languages;

/**
 * The case studies most like a given one: the distinctive words of its text in both languages
 * (more-like-this), with a bonus for sharing its themes. Never the case study itself; since both
 * language versions live in one document, never its own translation either.
 */
@Singleton
public class RelatedCaseStudies {

  private static final String[] TEXT_FIELDS = textFields();
  private static final String[] TITLE_FIELDS = titleFields();
  private static final float SHARED_THEME_BOOST = 2f;
  // A programme replicated in another country shares its name; body similarity alone shifts
  // whenever other case studies change the corpus statistics.
  private static final float SHARED_NAME_BOOST = 2f;

  private final SearchIndex index;

  RelatedCaseStudies(SearchIndex index) {
    this.index = index;
  }

  public List<RelatedCaseStudy> find(String id, String lang, int max) {
    try {
      return index.withSearcher(searcher -> find(searcher, id, lang, max));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<RelatedCaseStudy> find(FacetedSearcher searcher, String id, String lang, int max)
      throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(FieldNames.ID, id)), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    int docId = self.scoreDocs[0].doc;
    Document doc = searcher.storedFields().document(docId);
    MoreLikeThis likeThis = new MoreLikeThis(searcher.getIndexReader());
    likeThis.setAnalyzer(index.analyzer());
    likeThis.setFieldNames(TEXT_FIELDS);
    likeThis.setMinTermFreq(2);
    likeThis.setMinDocFreq(2);
    likeThis.setMinWordLen(4);
    likeThis.setMaxQueryTerms(30);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(likeThis.like(docId), Occur.SHOULD);
    MoreLikeThis sameName = new MoreLikeThis(searcher.getIndexReader());
    sameName.setAnalyzer(index.analyzer());
    sameName.setFieldNames(TITLE_FIELDS);
    sameName.setMinTermFreq(1);
    sameName.setMinDocFreq(2);
    sameName.setMinWordLen(4);
    sameName.setMaxQueryTerms(10);
    query.add(new BoostQuery(sameName.like(docId), SHARED_NAME_BOOST), Occur.SHOULD);
    for (String theme : doc.getValues(FieldNames.THEME)) {
      Query shared =
          new TermQuery(
              DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, FieldNames.THEME, theme));
      query.add(new BoostQuery(shared, SHARED_THEME_BOOST), Occur.SHOULD);
    }
    query.add(new TermQuery(new Term(FieldNames.ID, id)), Occur.MUST_NOT);
    query.setMinimumNumberShouldMatch(1);
    List<RelatedCaseStudy> related = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
      related.add(toRelated(searcher.storedFields().document(hit.doc), lang));
    }
    return related;
  }

  private static RelatedCaseStudy toRelated(Document doc, String requested) {
    List<String> languages = List.of(doc.getValues(FieldNames.LANGUAGES));
    String lang = languages.contains(requested) ? requested : Languages.other(requested);
    String id = doc.get(FieldNames.ID);
    return new RelatedCaseStudy(
        id,
        lang,
        doc.get(FieldNames.title(lang)),
        doc.get(FieldNames.COLLECTION),
        "/" + requested + "/case-studies/" + id);
  }

  private static String[] titleFields() {
    List<String> fields = new ArrayList<>();
    for (String lang : Languages.SUPPORTED) {
      fields.add(FieldNames.title(lang));
    }
    return fields.toArray(String[]::new);
  }

  private static String[] textFields() {
    List<String> fields = new ArrayList<>();
    for (String lang : Languages.SUPPORTED) {
      fields.add(FieldNames.title(lang));
      fields.add(FieldNames.summary(lang));
      fields.add(FieldNames.body(lang));
    }
    return fields.toArray(String[]::new);
  }
}
