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
    for (QueryText.Piece piece : text.pieces()) {
      boolean correctable =
          piece.word() && !isAcronym(piece.text()) && !known.knows(TextFolding.fold(piece.text()));
      corrected.add(
          correctable ? new QueryText.Piece(correctWord(piece.text(), reader), true) : piece);
    }
    return new QueryText(corrected).join();
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
  }

  private String correctWord(String word, IndexReader reader) throws IOException {
    String folded = TextFolding.fold(word);
    if (folded.length() < MIN_WORD_LENGTH || folded.chars().allMatch(Character::isDigit)) {
      return word;
    }
    Term term = new Term(FieldNames.SPELL, folded);
    if (reader.docFreq(term) > 0) {
      return word;
    }
    DirectSpellChecker checker = folded.length() < SHORT_WORD ? oneEdit : twoEdits;
    SuggestWord[] suggestions =
        checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? word : suggestions[0].string;
  }
}
