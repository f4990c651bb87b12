package org.casoteca.content;

import java.util.HashMap;
import java.util.Map;

/** Where each field path of the front matter ({@code sources[0].url}) was written. */
final class FieldPositions {

  private final Map<String, SourcePosition> positions = new HashMap<>();
  private final SourcePosition frontMatterStart;

  FieldPositions(SourcePosition frontMatterStart) {
    this.frontMatterStart = frontMatterStart;
  }

  void put(String path, SourcePosition position) {
    positions.put(path, position);
  }

  /** The position of {@code path}, else of its nearest written parent, else of the front matter. */
  SourcePosition at(String path) {
    String current = path;
    while (!current.isEmpty()) {
      SourcePosition p = positions.get(current);
      if (p != null) {
        return p;
      }
      current = parent(current);
    }
    return frontMatterStart;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
