package org.casoteca.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the words of a query that appear nowhere in the corpus, using the corpus's own words as
 * the dictionary (edit distance up to 2). Words that exist are never touched, so an exact query is
 * never flooded with look-alikes; phrases in quotes and excluded words are left as typed.
 */
final class SpellingCorrector {

  private static final int MIN_WORD_LENGTH = 4;
  private static final int SHORT_WORD = 6;

  /** Words looked up per query at most: each look-up walks the term dictionary. */
  static final int MAX_CORRECTIONS = 3;

  private final java.util.concurrent.atomic.LongAdder lookups =
      new java.util.concurrent.atomic.LongAdder();

  private final DirectSpellChecker oneEdit = checker(1);
  private final DirectSpellChecker twoEdits = checker(2);

  private static DirectSpellChecker checker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    return checker;
  }

  /**
   * The corrected query, or the query itself when no word needed correcting. Words in capitals
   * (acronyms) and words the synonym list knows are never corrected.
   */
  String correct(String query, IndexReader reader, SynonymRules known) throws IOException {
    QueryText text = QueryText.of(query);
    List<QueryText.Piece> corrected = new ArrayList<>();
    int budget = MAX_CORRECTIONS;
    for (QueryText.Piece piece : text.pieces()) {
      boolean correctable =
          budget > 0
              && piece.word()
              && !isAcronym(piece.text())
              && !known.knows(TextFolding.fold(piece.text()));
      String word = piece.text();
      if (correctable && needsLookUp(word, reader)) {
        budget--;
        lookups.increment();
        word = correctWord(word, reader);
      }
      corrected.add(word.equals(piece.text()) ? piece : new QueryText.Piece(word, true));
    }
    return new QueryText(corrected).join();
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
  }

  /** How many words have been looked up in the dictionary, over this corrector's life. */
  long lookups() {
    return lookups.sum();
  }

  /** A word long enough to correct, not a number, and absent from the corpus. */
  private static boolean needsLookUp(String word, IndexReader reader) throws IOException {
    String folded = TextFolding.fold(word);
    return folded.length() >= MIN_WORD_LENGTH
        && !folded.chars().allMatch(Character::isDigit)
        && reader.docFreq(new Term(FieldNames.SPELL, folded)) == 0;
  }

  private String correctWord(String word, IndexReader reader) throws IOException {
    Term term = new Term(FieldNames.SPELL, TextFolding.fold(word));
    DirectSpellChecker checker = term.text().length() < SHORT_WORD ? oneEdit : twoEdits;
    SuggestWord[] suggestions =
        checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? word : suggestions[0].string;
  }
}
