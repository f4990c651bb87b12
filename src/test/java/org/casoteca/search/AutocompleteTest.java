package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lookups and rebuilds of the autocomplete at the same time. */
class AutocompleteTest {

  private static SearchIndex index;
  private static Autocomplete autocomplete;

  @BeforeAll
  static void build() throws Exception {
    index = SearchIndexTest.indexOf(SearchIndexTest.ALL);
    autocomplete = new Autocomplete(index, TestCaseStudies.taxonomy());
    autocomplete.rebuild();
  }

  @AfterAll
  static void close() throws Exception {
    autocomplete.close();
    index.close();
  }

  @Test
  void aLookupInFlightDuringARebuildUsesTheOldSuggesterUntilItEnds() throws Exception {
    Autocomplete.Lease inFlight = autocomplete.lease();
    autocomplete.rebuild();
    assertFalse(inFlight.closed(), "the rebuild closed a suggester a lookup still holds");
    assertFalse(inFlight.lookup("pol", "es").isEmpty());
    inFlight.close();
    assertTrue(inFlight.closed(), "the replaced suggester is closed once its last lookup ends");
    assertFalse(autocomplete.suggest("pol", "es", 8).isEmpty());
  }

  @Test
  void lookupsWhileRebuildingAlwaysAnswer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> rebuilds =
          pool.submit(
              () -> {
                for (int i = 0; i < 20; i++) {
                  autocomplete.rebuild();
                }
              });
      Future<List<Integer>> lookups =
          pool.submit(
              () -> {
                List<Integer> sizes = new ArrayList<>();
                while (!rebuilds.isDone()) {
                  sizes.add(autocomplete.suggest("pol", "es", 8).size());
                }
                return sizes;
              });
      rebuilds.get();
      for (int size : lookups.get()) {
        assertTrue(size > 0, "a lookup during a rebuild found nothing");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
