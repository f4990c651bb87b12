package org.casoteca.search;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as written, folded like the text fields but neither stemmed nor stop-filtered: what the
 * spell checker and the autocomplete compare a reader's typing with.
 */
final class WordAnalyzer extends FoldingAnalyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new LowerCaseFilter(new AccentFoldingFilter(source)));
  }
}
