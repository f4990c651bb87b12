package org.casoteca.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Languages;

/**
 * The one converter from a stored case study to its Lucene document: one document per case study,
 * with the text of each language version in that language's fields, facet values, sort keys and the
 * stored fields a result list needs (so a search never touches the database).
 */
final class CaseStudyDocuments {

  /** Body text: stored for snippets, offsets in postings so highlighting needs no re-analysis. */
  private static final FieldType BODY_TYPE = bodyType();

  /**
   * The spell checker's dictionary only needs to know which words occur (document frequencies): no
   * frequencies, positions or norms to write.
   */
  private static final FieldType SPELL_TYPE = spellType();

  private final FacetsConfig facetsConfig;

  CaseStudyDocuments(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.dimension(), true);
    }
    return config;
  }

  Document toDocument(PublishedCaseStudy caseStudy) {
    Document doc = new Document();
    doc.add(new StringField(FieldNames.ID, caseStudy.id(), Field.Store.YES));
    FrontMatter facts = caseStudy.versions().get(0).frontMatter();
    facet(doc, Facet.COLLECTION, List.of(caseStudy.collection()));
    facet(doc, Facet.COUNTRY, facts.countries());
    facet(doc, Facet.THEME, facts.themes());
    facet(doc, Facet.POPULATION, facts.populations());
    facet(doc, Facet.EVIDENCE, List.of(facts.evidence().rating()));
    if (facts.startYear() != null) {
      doc.add(new IntPoint(FieldNames.START_YEAR, facts.startYear()));
      doc.add(new NumericDocValuesField(FieldNames.START_YEAR, facts.startYear()));
      doc.add(new StoredField(FieldNames.START_YEAR, facts.startYear()));
    }
    long updated = latestUpdate(caseStudy);
    doc.add(new NumericDocValuesField(FieldNames.UPDATED, updated));
    doc.add(new StoredField(FieldNames.UPDATED, updated));
    for (PublishedVersion version : caseStudy.versions()) {
      addVersion(doc, version);
    }
    for (String lang : Languages.SUPPORTED) {
      String title = caseStudy.versionOrFallback(lang).frontMatter().title();
      doc.add(
          new SortedDocValuesField(
              FieldNames.titleSort(lang), new BytesRef(TextFolding.fold(title))));
    }
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addVersion(Document doc, PublishedVersion version) {
    String lang = version.lang();
    FrontMatter fm = version.frontMatter();
    doc.add(new StoredField(FieldNames.LANGUAGES, lang));
    doc.add(new TextField(FieldNames.title(lang), fm.title(), Field.Store.YES));
    doc.add(new TextField(FieldNames.summary(lang), fm.summary(), Field.Store.YES));
    doc.add(new Field(FieldNames.body(lang), version.plainText(), BODY_TYPE));
    for (String alias : fm.aliases()) {
      doc.add(new TextField(FieldNames.ALIASES, alias, Field.Store.YES));
      doc.add(new Field(FieldNames.SPELL, alias, SPELL_TYPE));
    }
    doc.add(new Field(FieldNames.SPELL, fm.title(), SPELL_TYPE));
    doc.add(new Field(FieldNames.SPELL, fm.summary(), SPELL_TYPE));
    doc.add(new Field(FieldNames.SPELL, version.plainText(), SPELL_TYPE));
  }

  private static void facet(Document doc, Facet facet, List<String> values) {
    for (String value : values) {
      doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
      doc.add(new StoredField(facet.dimension(), value));
    }
  }

  private static long latestUpdate(PublishedCaseStudy caseStudy) {
    return caseStudy.versions().stream()
        .map(v -> v.frontMatter().updated())
        .max(LocalDate::compareTo)
        .map(LocalDate::toEpochDay)
        .orElse(0L);
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType spellType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
