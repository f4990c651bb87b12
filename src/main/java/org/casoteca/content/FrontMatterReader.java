package org.casoteca.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the YAML front matter of a case study into a {@link FrontMatter}, with the position of
 * every field. YAML is composed (never constructed) under explicit limits on size, aliases and
 * nesting; shape problems are recorded, the rest of the fields are still read.
 */
final class FrontMatterReader {

  static final Set<String> FIELDS =
      new LinkedHashSet<>(
          List.of(
              "title",
              "summary",
              "collection",
              "countries",
              "themes",
              "populations",
              "aliases",
              "start_year",
              "end_year",
              "status",
              "lead_agency",
              "partners",
              "funders",
              "scope",
              "evidence",
              "sdg_targets",
              "sources",
              "updated",
              "license"));
  private static final Set<String> EVIDENCE_FIELDS = Set.of("rating", "design", "outcomes");
  private static final Set<String> OUTCOME_FIELDS = Set.of("name", "direction", "rating", "source");
  private static final Set<String> SOURCE_FIELDS =
      Set.of("title", "url", "publisher", "year", "type");

  private FrontMatterReader() {}

  /** The front matter and its field positions, or empty when the YAML itself cannot be read. */
  static Optional<ReadFrontMatter> read(SplitFile split, ProblemSink problems) {
    SourcePosition start = new SourcePosition(split.yamlFirstLine(), 1);
    if (split.yaml().length() > ParseLimits.MAX_FRONT_MATTER_CHARS) {
      problems.at(
          start,
          "",
          "the front matter is larger than " + ParseLimits.MAX_FRONT_MATTER_CHARS + " characters");
      return Optional.empty();
    }
    Node root;
    try {
      root = yaml().compose(new StringReader(split.yaml()));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePosition at =
          mark == null
              ? start
              : new SourcePosition(mark.getLine() + split.yamlFirstLine(), mark.getColumn() + 1);
      problems.at(at, "", "invalid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YAMLException e) {
      problems.at(start, "", "invalid YAML: " + YamlNodes.clip(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    FieldPositions positions = new FieldPositions(new SourcePosition(1, 1));
    if (root == null) {
      problems.at(
          start,
          "",
          "the front matter is empty; required: title, summary, collection, "
              + "countries, themes, evidence, sources, updated");
      return Optional.empty();
    }
    YamlNodes nodes = new YamlNodes(problems, positions, split.yamlFirstLine());
    return Optional.of(
        new ReadFrontMatter(bind(nodes, nodes.mapping(root, "", FIELDS)), positions));
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(ParseLimits.MAX_YAML_ALIASES);
    options.setNestingDepthLimit(ParseLimits.MAX_YAML_NESTING);
    options.setCodePointLimit(ParseLimits.MAX_FRONT_MATTER_CHARS * 2);
    options.setAllowRecursiveKeys(false);
    return new Yaml(new SafeConstructor(options));
  }

  private static FrontMatter bind(YamlNodes nodes, Map<String, Node> f) {
    return new FrontMatter(
        nodes.text(f.get("title"), "title"),
        nodes.text(f.get("summary"), "summary"),
        nodes.text(f.get("collection"), "collection"),
        nodes.textList(f.get("countries"), "countries"),
        nodes.textList(f.get("themes"), "themes"),
        nodes.textList(f.get("populations"), "populations"),
        nodes.textList(f.get("aliases"), "aliases"),
        nodes.integer(f.get("start_year"), "start_year"),
        nodes.integer(f.get("end_year"), "end_year"),
        nodes.text(f.get("status"), "status"),
        nodes.text(f.get("lead_agency"), "lead_agency"),
        nodes.textList(f.get("partners"), "partners"),
        nodes.textList(f.get("funders"), "funders"),
        nodes.text(f.get("scope"), "scope"),
        f.containsKey("evidence") ? evidence(nodes, f.get("evidence")) : null,
        nodes.textList(f.get("sdg_targets"), "sdg_targets"),
        sources(nodes, f.get("sources")),
        date(nodes, f.get("updated"), "updated"),
        nodes.text(f.get("license"), "license"));
  }

  private static Evidence evidence(YamlNodes nodes, Node node) {
    Map<String, Node> e = nodes.mapping(node, "evidence", EVIDENCE_FIELDS);
    List<Outcome> outcomes = new ArrayList<>();
    List<Node> items = nodes.sequence(e.get("outcomes"), "evidence.outcomes");
    for (int i = 0; i < items.size(); i++) {
      String path = "evidence.outcomes[" + i + "]";
      Map<String, Node> o = nodes.mapping(items.get(i), path, OUTCOME_FIELDS);
      outcomes.add(
          new Outcome(
              nodes.text(o.get("name"), path + ".name"),
              nodes.text(o.get("direction"), path + ".direction"),
              nodes.text(o.get("rating"), path + ".rating"),
              nodes.text(o.get("source"), path + ".source")));
    }
    return new Evidence(
        nodes.text(e.get("rating"), "evidence.rating"),
        nodes.text(e.get("design"), "evidence.design"),
        outcomes);
  }

  private static List<CaseStudySource> sources(YamlNodes nodes, Node node) {
    List<CaseStudySource> sources = new ArrayList<>();
    List<Node> items = nodes.sequence(node, "sources");
    for (int i = 0; i < items.size(); i++) {
      String path = "sources[" + i + "]";
      Map<String, Node> s = nodes.mapping(items.get(i), path, SOURCE_FIELDS);
      sources.add(
          new CaseStudySource(
              nodes.text(s.get("title"), path + ".title"),
              nodes.text(s.get("url"), path + ".url"),
              nodes.text(s.get("publisher"), path + ".publisher"),
              nodes.integer(s.get("year"), path + ".year"),
              nodes.text(s.get("type"), path + ".type")));
    }
    return sources;
  }

  private static LocalDate date(YamlNodes nodes, Node node, String path) {
    String value = nodes.text(node, path);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      nodes.report(
          node,
          path,
          "must be an ISO date such as 2026-11-28, not '" + YamlNodes.clip(value) + "'");
      return null;
    }
  }

  /** The front matter as read, and where each field was written. */
  record ReadFrontMatter(FrontMatter frontMatter, FieldPositions positions) {}
}
