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

  /**
   * Question words and the fillers of questions and requests ("¿qué ha funcionado...?", "how
   * did...", "we are looking for examples of..."): words that say how the reader asks, not what
   * about. Left in, a case study that happens to repeat "funcionado" or "examples" would win.
   */
  static final java.util.List<String> FILLERS =
      java.util.List.of(
          "qué",
          "cómo",
          "dónde",
          "cuál",
          "cuáles",
          "cuándo",
          "cuánto",
          "cuánta",
          "cuántos",
          "cuántas",
          "quién",
          "quiénes",
          "funcionado",
          "funciona",
          "funcionan",
          "funcionó",
          "busco",
          "buscamos",
          "buscando",
          "necesito",
          "necesitamos",
          "quiero",
          "queremos",
          "saber",
          "conocer",
          "ejemplo",
          "ejemplos",
          "existe",
          "hay",
          "hace",
          "hacen",
          "ha",
          "han",
          "sido",
          "puede",
          "pueden",
          "usar",
          "nuestro",
          "nuestra",
          "nuestros",
          "nuestras",
          "otros",
          "otras",
          "así",
          "how",
          "what",
          "which",
          "where",
          "when",
          "who",
          "whom",
          "why",
          "did",
          "does",
          "do",
          "done",
          "has",
          "have",
          "had",
          "can",
          "could",
          "would",
          "should",
          "worked",
          "works",
          "i",
          "we",
          "our",
          "us",
          "my",
          "me",
          "you",
          "am",
          "looking",
          "need",
          "want",
          "like",
          "know",
          "examples",
          "example",
          "anyone",
          "many",
          "much",
          "any",
          "some",
          "other",
          "others",
          "there",
          "were",
          "been",
          "get",
          "keep",
          "also",
          "its",
          "about",
          "from");

  /** Spanish and English stop words and fillers, folded like the text they are matched against. */
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
    FILLERS.forEach(word -> set.add(TextFolding.fold(word)));
    return CharArraySet.unmodifiableSet(set);
  }
}
