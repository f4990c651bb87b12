package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.CaseStudyWriter;
import org.casoteca.casestudy.NewVersion;
import org.casoteca.casestudy.Origin;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.content.ParsedCaseStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The index disk fills up (once seen: the writer closed for good, publishing still answered 200,
 * the case study never became searchable and /health stayed UP). Now publications still land in the
 * database, /health reports the index DOWN, the log says so once, and when space returns the writer
 * is reopened and the index catches up without a restart.
 */
@MicronautTest(transactional = false)
@Property(name = FillableIndexFactory.ENABLED, value = "true")
class IndexDiskFullTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject FillableDirectory disk;
  @Inject IndexFollower follower;
  @Inject CaseStudyWriter writer;
  @Inject CaseStudies caseStudies;
  @Inject CaseStudyParser parser;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @AfterEach
  void freeTheDisk() {
    disk.free();
    ((Logger) LoggerFactory.getLogger(SearchIndex.class)).detachAppender(log);
  }

  @Test
  void publicationsLandInTheDatabaseAndTheIndexCatchesUpWhenSpaceReturns() throws IOException {
    follower.catchUp();
    int before = follower.status().documents();
    assertEquals(200, health());
    log.start();
    ((Logger) LoggerFactory.getLogger(SearchIndex.class)).addAppender(log);
    ParsedCaseStudy template =
        parser
            .parse(
                "sv-ciudad-mujer.es.md",
                Files.readAllBytes(Path.of("content/experiences/sv-ciudad-mujer.es.md")),
                "experience")
            .caseStudy()
            .orElseThrow();

    disk.fill();
    long seq =
        writer.publish(new NewVersion("disco-lleno", "es", Origin.SUBMISSION, null, "h", template));
    for (int i = 0; i < 3; i++) {
      follower.catchUp();
    }
    assertTrue(caseStudies.findPublished("disco-lleno").isPresent(), "it is in the database");
    assertEquals(before, follower.status().documents(), "not in the index while the disk is full");
    assertTrue(follower.status().lastSeq() < seq);
    assertEquals(503, health(), "/health reports the index as failing");
    assertEquals(
        1,
        log.list.stream().filter(e -> e.getLevel() == Level.ERROR).count(),
        "logged once, not on every attempt");

    disk.free();
    follower.catchUp();
    assertEquals(before + 1, follower.status().documents(), "the index caught up");
    assertEquals(seq, follower.status().lastSeq());
    assertEquals(200, health());
  }

  private int health() {
    try {
      return http.toBlocking().exchange(HttpRequest.GET("/health")).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
