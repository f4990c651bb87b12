package org.casoteca.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * An analyzer whose chain folds accents (ñ kept); normalising a single term (as prefix and fuzzy
 * look-ups do) folds it the same way.
 */
abstract class FoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new AccentFoldingFilter(in));
  }
}
