package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The evidence explained page: each level of the rating scale and each evaluation design. */
@Introspected
public record EvidencePage(PageChrome chrome, List<Level> levels, List<Level> designs) {

  /**
   * One value of the scale: its slug (the page anchor), label, what it means, and for ratings how
   * many case studies have it and the search that lists them.
   */
  @Introspected
  public record Level(String slug, String label, String meaning, long count, String href) {}
}
