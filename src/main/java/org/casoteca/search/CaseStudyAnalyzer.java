package org.casoteca.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of one language: accents folded except ñ, lower case, stop words of both
 * languages (a bilingual corpus is queried in either), then the language's stemmer so that plurals
 * find singulars.
 */
final class CaseStudyAnalyzer extends FoldingAnalyzer {

  /** Spanish and English stop words, folded like the text they are matched against. */
  static final CharArraySet STOP_WORDS = stopWords();

  private final boolean spanish;

  private CaseStudyAnalyzer(boolean spanish) {
    this.spanish = spanish;
  }

  static CaseStudyAnalyzer spanish() {
    return new CaseStudyAnalyzer(true);
  }

  static CaseStudyAnalyzer english() {
    return new CaseStudyAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new AccentFoldingFilter(source);
    stream = spanish ? stream : new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = spanish ? new SpanishLightStemFilter(stream) : new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(512, true);
    for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
      set.add(TextFolding.fold(new String((char[]) word)));
    }
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      set.add(TextFolding.fold(new String((char[]) word)));
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
