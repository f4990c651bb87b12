package org.casoteca.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts with a few lines of context around each change; line endings (LF or
 * CRLF, as browsers send textareas) do not count as changes.
 */
final class LineDiff {

  private static final int CONTEXT = 3;

  private LineDiff() {}

  static List<DiffLine> between(String oldText, String newText) {
    List<String> a = lines(oldText);
    List<String> b = lines(newText);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffLine> all = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      while (i < delta.getSource().getPosition()) {
        all.add(new DiffLine("same", i + 1, j + 1, a.get(i)));
        i++;
        j++;
      }
      for (String line : delta.getSource().getLines()) {
        all.add(new DiffLine("removed", ++i, 0, line));
      }
      for (String line : delta.getTarget().getLines()) {
        all.add(new DiffLine("added", 0, ++j, line));
      }
    }
    while (i < a.size()) {
      all.add(new DiffLine("same", i + 1, j + 1, a.get(i)));
      i++;
      j++;
    }
    return withContext(all);
  }

  static boolean hasChanges(List<DiffLine> diff) {
    return diff.stream().anyMatch(d -> !d.kind().equals("same"));
  }

  private static List<DiffLine> withContext(List<DiffLine> all) {
    boolean[] keep = new boolean[all.size()];
    for (int k = 0; k < all.size(); k++) {
      if (!all.get(k).kind().equals("same")) {
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
          keep[c] = true;
        }
      }
    }
    List<DiffLine> result = new ArrayList<>();
    boolean skipped = false;
    for (int k = 0; k < all.size(); k++) {
      if (keep[k]) {
        if (skipped && !result.isEmpty()) {
          result.add(new DiffLine("gap", 0, 0, "…"));
        }
        result.add(all.get(k));
        skipped = false;
      } else {
        skipped = true;
      }
    }
    return result;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\r?\n", -1));
  }
}
