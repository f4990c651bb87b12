package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.junit.jupiter.api.Test;

/** Searching for a programme's name, in either language, finds that programme first. */
@MicronautTest
class ProgrammeNamesTest {

  @Inject IndexFollower follower;
  @Inject CaseStudies caseStudies;
  @Inject SearchRequestParser parser;
  @Inject CaseStudySearcher searcher;

  @Test
  void everyTitleAndAliasFindsItsCaseStudyFirstInBothLanguages() {
    follower.catchUp();
    List<String> misses = new ArrayList<>();
    List<PublishedCaseStudy> all = new ArrayList<>();
    caseStudies.forEachPublished(100, all::addAll);
    for (PublishedCaseStudy cs : all) {
      for (PublishedVersion version : cs.versions()) {
        List<String> names = new ArrayList<>(version.frontMatter().aliases());
        names.add(version.frontMatter().title());
        for (String name : names) {
          for (String lang : List.of("es", "en")) {
            SearchResult result = searcher.search(parser.parse(Map.of("q", List.of(name)), lang));
            String first = result.hits().isEmpty() ? "(nothing)" : result.hits().get(0).id();
            if (!first.equals(cs.id())) {
              misses.add("'" + name + "' (" + lang + ") found " + first + " before " + cs.id());
            }
          }
        }
      }
    }
    assertEquals(List.of(), misses);
  }
}
