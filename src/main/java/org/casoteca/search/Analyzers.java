package org.casoteca.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzer of the index: Spanish for {@code _es} fields, English for {@code _en} fields. */
final class Analyzers {

  private Analyzers() {}

  static Analyzer perField() {
    Analyzer spanish = CaseStudyAnalyzer.spanish();
    Analyzer english = CaseStudyAnalyzer.english();
    return new PerFieldAnalyzerWrapper(
        spanish,
        Map.of(
            FieldNames.SPELL,
            new WordAnalyzer(),
            FieldNames.title("en"),
            english,
            FieldNames.summary("en"),
            english,
            FieldNames.body("en"),
            english));
  }
}
