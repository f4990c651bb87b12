package org.casoteca.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.CaseStudiesChanged;
import org.casoteca.casestudy.CaseStudyChange;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database by following the change log: at start-up (rebuilding
 * when the index needs it), right after a local change commits, and on a timer for changes made by
 * other nodes. Changes are applied in sequence order and committed with the last sequence applied.
 */
// Commands (the "cli" environment) run without a search index or an import.
@Requires(notEnv = "cli")
@Singleton
public class IndexFollower {

  private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);
  private static final int BATCH = 500;

  private final SearchIndex index;
  private final CaseStudies caseStudies;
  private final Autocomplete autocomplete;
  private final ScheduledExecutorService executor;
  private final Duration pollInterval;
  private final AtomicBoolean pending = new AtomicBoolean();
  private boolean rebuildRequired;
  private boolean stopped;
  private boolean autocompleteStarted;
  private int rebuilds;
  private long documentsWritten;
  private long lastRebuildMillis;

  IndexFollower(
      SearchIndex index,
      CaseStudies caseStudies,
      Autocomplete autocomplete,
      IndexConfiguration configuration) {
    this.index = index;
    this.caseStudies = caseStudies;
    this.autocomplete = autocomplete;
    this.pollInterval = configuration.getPollInterval();
    // Plain threads of its own: they must not inherit a committing request's (closed) connection
    // context, and they stop with this bean (a framework-scheduled task could outlive it).
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-follower");
              t.setDaemon(true);
              return t;
            });
    this.rebuildRequired = index.needsRebuild();
  }

  /** Catches up now, then polls for changes made by other nodes. */
  @EventListener
  void onStartup(StartupEvent event) {
    catchUp();
    long millis = Math.max(50, pollInterval.toMillis());
    executor.scheduleWithFixedDelay(this::catchUp, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** A local change committed: catch up now, coalescing bursts into one pass. */
  @TransactionalEventListener
  void onChange(CaseStudiesChanged event) {
    if (pending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            pending.set(false);
            catchUp();
          });
    }
  }

  /** Applies every change after the index's last sequence; rebuilds first when required. */
  public synchronized void catchUp() {
    if (stopped) {
      return;
    }
    try {
      boolean changed = !autocompleteStarted;
      if (rebuildRequired) {
        rebuild();
        changed = true;
      }
      List<CaseStudyChange> changes;
      while (!(changes = caseStudies.changesAfter(index.lastSeq(), BATCH)).isEmpty()) {
        apply(changes);
        changed = true;
      }
      if (changed) {
        autocomplete.refresh();
        autocompleteStarted = true;
      }
    } catch (IndexWriteException e) {
      // Logged by the index when it started failing, not on every poll.
    } catch (RuntimeException e) {
      LOG.error(
          "The search index could not catch up with the change log; retrying on the next poll", e);
    }
  }

  /** Replaces the whole index with what the database holds. */
  public synchronized void rebuild() {
    long started = System.nanoTime();
    long seq = caseStudies.lastChangeSeq();
    LOG.info("Rebuilding the search index from the database (change log at {})", seq);
    index.deleteAll();
    long[] count = {0};
    caseStudies.forEachPublished(
        BATCH,
        batch -> {
          index.apply(batch, List.of());
          count[0] += batch.size();
        });
    index.commit(seq);
    rebuildRequired = false;
    rebuilds++;
    documentsWritten += count[0];
    lastRebuildMillis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "Search index rebuilt: {} case studies in {} ms (change log at {})",
        count[0],
        lastRebuildMillis,
        seq);
  }

  private void apply(List<CaseStudyChange> changes) {
    Set<String> ids = new LinkedHashSet<>();
    changes.forEach(c -> ids.add(c.caseStudyId()));
    List<PublishedCaseStudy> published = caseStudies.findPublished(ids);
    Set<String> removed = new HashSet<>(ids);
    published.forEach(cs -> removed.remove(cs.id()));
    index.apply(published, removed);
    index.commit(changes.get(changes.size() - 1).seq());
    documentsWritten += published.size();
  }

  @PreDestroy
  synchronized void stop() {
    stopped = true;
    executor.shutdownNow();
  }

  public synchronized IndexStatus status() {
    return new IndexStatus(
        index.lastSeq(), index.documentCount(), rebuilds, documentsWritten, lastRebuildMillis);
  }
}
