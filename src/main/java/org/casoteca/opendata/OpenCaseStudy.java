package org.casoteca.opendata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.content.FrontMatter;

/** A published case study in the bulk download: every language version, metadata and Markdown. */
@Serdeable(naming = SnakeCaseStrategy.class)
record OpenCaseStudy(String id, String collection, List<String> languages, List<Version> versions) {

  static OpenCaseStudy of(PublishedCaseStudy cs, String base) {
    return new OpenCaseStudy(
        cs.id(),
        cs.collection(),
        cs.languages(),
        cs.versions().stream()
            .map(
                v ->
                    new Version(
                        v.lang(),
                        base + "/" + v.lang() + "/case-studies/" + cs.id(),
                        v.updatedAt(),
                        v.frontMatter(),
                        v.markdown()))
            .toList());
  }

  /** One language version: its page address, metadata (format field names) and Markdown source. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  record Version(
      String lang, String url, Instant updatedAt, FrontMatter metadata, String markdown) {}
}
