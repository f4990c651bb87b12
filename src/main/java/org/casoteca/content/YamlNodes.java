package org.casoteca.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of composed YAML nodes, recording the position of every value and a
 * problem for every value of the wrong shape. Values are never constructed by SnakeYAML, so no tag
 * can instantiate a class.
 */
final class YamlNodes {

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

  private final ProblemSink problems;
  private final FieldPositions positions;
  private final int firstLine;

  YamlNodes(ProblemSink problems, FieldPositions positions, int firstLine) {
    this.problems = problems;
    this.positions = positions;
    this.firstLine = firstLine;
  }

  SourcePosition position(Mark mark) {
    return new SourcePosition(mark.getLine() + firstLine, mark.getColumn() + 1);
  }

  /** The entries of a mapping; duplicate and unknown keys are reported and dropped. */
  Map<String, Node> mapping(Node node, String path, Set<String> allowedKeys) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping) || !checkTag(node, path)) {
      report(node, path, "must be a mapping of fields");
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
      String keyPath = path.isEmpty() ? String.valueOf(key) : path + "." + key;
      if (key == null) {
        report(keyNode, path, "field names must be plain text");
      } else if (entries.containsKey(key)) {
        report(keyNode, keyPath, "is given twice; each field may appear once");
      } else if (!allowedKeys.contains(key)) {
        report(
            keyNode, keyPath, "is not a known field; allowed: " + String.join(", ", allowedKeys));
      } else {
        positions.put(keyPath, position(tuple.getValueNode().getStartMark()));
        entries.put(key, tuple.getValueNode());
      }
    }
    return entries;
  }

  /** A scalar as text; null (with a problem) for lists, mappings and exotic tags. */
  String text(Node node, String path) {
    if (node == null || isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar && checkTag(node, path)) {
      return scalar.getValue();
    }
    if (node instanceof ScalarNode) {
      return null;
    }
    report(node, path, "must be text, not a " + shape(node));
    return null;
  }

  Integer integer(Node node, String path) {
    String value = text(node, path);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      report(node, path, "must be a whole number, not '" + clip(value) + "'");
      return null;
    }
  }

  /**
   * A list of scalars. A lone scalar is refused ("must be a list"): {@code countries: SV, GT} would
   * otherwise be one country named "SV, GT", and a form that accepts both shapes invites it.
   */
  List<String> textList(Node node, String path) {
    List<String> values = new ArrayList<>();
    if (node == null || isNull(node)) {
      return values;
    }
    List<Node> items = sequence(node, path);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "[" + i + "]";
      positions.put(itemPath, position(items.get(i).getStartMark()));
      String value = text(items.get(i), itemPath);
      values.add(value == null ? "" : value);
    }
    return values;
  }

  List<Node> sequence(Node node, String path) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (node instanceof SequenceNode seq && checkTag(node, path)) {
      return seq.getValue();
    }
    report(node, path, "must be a list");
    return List.of();
  }

  void report(Node node, String path, String message) {
    problems.at(node == null ? positions.at(path) : position(node.getStartMark()), path, message);
  }

  private boolean checkTag(Node node, String path) {
    if (PLAIN_TAGS.contains(node.getTag())) {
      return true;
    }
    report(node, path, "the YAML tag '" + clip(node.getTag().getValue()) + "' is not allowed");
    return false;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static String shape(Node node) {
    return node instanceof SequenceNode ? "list" : "mapping";
  }

  static String clip(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}
