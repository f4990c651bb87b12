package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/**
 * The overview: case studies by country, theme, evidence rating and start year as bar charts, a map
 * of the countries, and the evidence gap map (themes by evidence level). Every mark links to the
 * search it counts; geometry is worked out here so the template only draws.
 */
@Introspected
public record OverviewPage(
    PageChrome chrome,
    long total,
    Chart countries,
    Chart themes,
    Chart evidence,
    Chart years,
    List<Region> map,
    long elsewhere,
    GapMap gaps) {

  /** A horizontal bar chart: its height and bars. */
  @Introspected
  public record Chart(String id, int height, List<Bar> bars) {}

  /** One bar: label, count, the search it links to, and where it is drawn. */
  @Introspected
  public record Bar(String label, String shortLabel, long count, String href, int y, int width) {}

  /** A country on the map: outline, count and shade (0 none to 4 most). */
  @Introspected
  public record Region(
      String code,
      String label,
      long count,
      String href,
      String path,
      double x,
      double y,
      int shade) {}

  /** Themes (rows) by evidence levels (columns): circles sized by count. */
  @Introspected
  public record GapMap(int width, int height, List<Column> columns, List<Row> rows) {}

  /** An evidence level heading a column. */
  @Introspected
  public record Column(String slug, String label, int x) {}

  /** A theme, its cells and its row position. */
  @Introspected
  public record Row(String label, String shortLabel, int y, List<Cell> cells) {}

  /** The case studies of one theme at one evidence level. */
  @Introspected
  public record Cell(String level, long count, String href, int x, double radius) {}
}
