package org.casoteca.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a curator sees between two revisions: changed lines, three lines of context, gaps. */
class LineDiffTest {

  /** Lines "1" to "n", one per line. */
  private static String lines(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining("\n"));
  }

  /** Each line as the review page shows it: sign, old and new number, text. */
  private static List<String> shown(List<DiffLine> diff) {
    return diff.stream()
        .map(d -> d.sign() + d.kind() + " " + d.oldNumber() + " " + d.newNumber() + " " + d.text())
        .toList();
  }

  @Test
  void identicalTextsHaveNoChangesAndNothingToShow() {
    List<DiffLine> diff = LineDiff.between(lines(20), lines(20));
    assertFalse(LineDiff.hasChanges(diff));
    assertEquals(List.of(), diff);
  }

  @Test
  void lineEndingsAloneAreNoChange() {
    String lf = "a\nb\nc\n";
    assertFalse(LineDiff.hasChanges(LineDiff.between(lf, lf.replace("\n", "\r\n"))));
  }

  @Test
  void aChangedLineShowsAsRemovedAndAddedWithThreeLinesOfContextEachSide() {
    String after = lines(20).replace("\n10\n", "\nten\n");
    assertEquals(
        List.of(
            " same 7 7 7",
            " same 8 8 8",
            " same 9 9 9",
            "-removed 10 0 10",
            "+added 0 10 ten",
            " same 11 11 11",
            " same 12 12 12",
            " same 13 13 13"),
        shown(LineDiff.between(lines(20), after)));
  }

  @Test
  void distantChangesAreSeparatedByAGapAndNearOnesShareTheirContext() {
    String after = lines(30).replace("\n3\n", "\nthree\n").replace("\n25\n", "\n25\nnew\n");
    List<String> shown = shown(LineDiff.between(lines(30), after));
    assertEquals(
        List.of(
            " same 1 1 1",
            " same 2 2 2",
            "-removed 3 0 3",
            "+added 0 3 three",
            " same 4 4 4",
            " same 5 5 5",
            " same 6 6 6",
            " gap 0 0 …",
            " same 23 23 23",
            " same 24 24 24",
            " same 25 25 25",
            "+added 0 26 new",
            " same 26 27 26",
            " same 27 28 27",
            " same 28 29 28"),
        shown);

    String near = lines(30).replace("\n10\n", "\nten\n").replace("\n15\n", "\nfifteen\n");
    List<String> together = shown(LineDiff.between(lines(30), near));
    assertFalse(together.stream().anyMatch(l -> l.contains("gap")), together.toString());
    assertEquals(" same 7 7 7", together.get(0));
    assertEquals(" same 18 18 18", together.get(together.size() - 1));
  }

  @Test
  void removedLinesAtTheEndAndAddedLinesAtTheStartAreNumberedInTheirOwnText() {
    List<String> shown = shown(LineDiff.between("a\nb\nc\nd", "new\na\nb"));
    assertEquals(
        List.of("+added 0 1 new", " same 1 2 a", " same 2 3 b", "-removed 3 0 c", "-removed 4 0 d"),
        shown);
    assertTrue(LineDiff.hasChanges(LineDiff.between("a", "")));
  }
}
