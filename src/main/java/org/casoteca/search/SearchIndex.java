package org.casoteca.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of public case studies: one long-lived {@link IndexWriter}, a {@link
 * SearcherManager} for readers, and in each commit's user data the last change-log sequence applied
 * and the schema version. An index that is missing, unreadable or of another schema version is
 * started empty and flagged for a rebuild from the database.
 *
 * <p>A write that fails (a full disk, or a writer Lucene closed after such a failure) drops what
 * was not committed and opens a new writer on the last commit: the database keeps every change, and
 * the follower re-applies them from the last committed sequence until a commit succeeds again.
 * Meanwhile {@link #failure()} says what is wrong (for {@code /health}); the log says it once.
 */
public final class SearchIndex implements AutoCloseable {

  /** Bump when documents change shape: older indexes are then rebuilt at start-up. */
  static final String SCHEMA_VERSION = "5";

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  /** From this many case studies on, {@link #apply} indexes them in parallel. */
  private static final int PARALLEL_BATCH = 16;

  private static final String LAST_SEQ = "last_seq";
  private static final String SCHEMA = "schema_version";

  private final Directory directory;
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile String failure;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;
  private final CaseStudyDocuments documents;
  private volatile long lastSeq;
  private final boolean needsRebuild;

  SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer = Analyzers.perField();
    this.facetsConfig = CaseStudyDocuments.facetsConfig();
    this.documents = new CaseStudyDocuments(facetsConfig);
    Map<String, String> commitData = readCommitData(directory);
    this.needsRebuild = commitData == null || !SCHEMA_VERSION.equals(commitData.get(SCHEMA));
    this.lastSeq = needsRebuild ? 0 : Long.parseLong(commitData.getOrDefault(LAST_SEQ, "0"));
    this.writer =
        openWriter(
            needsRebuild
                ? IndexWriterConfig.OpenMode.CREATE
                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
  }

  private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(64);
    return new IndexWriter(directory, config);
  }

  /** Why the last write failed, or null while writes succeed. */
  public String failure() {
    return failure;
  }

  /**
   * Records a failed write, logging it only when the index was healthy until now, then rolls back
   * and reopens the writer on the last commit. Returns the exception for the caller to throw.
   */
  private synchronized IndexWriteException failed(Exception cause) {
    String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    if (failure == null) {
      LOG.error(
          "The search index cannot be written ({}); changes still land in the database and the"
              + " index catches up when writing works again",
          reason,
          cause);
    } else {
      LOG.debug("The search index still cannot be written: {}", reason);
    }
    failure = reason;
    try {
      IndexWriter old = writer;
      if (old.isOpen()) {
        old.rollback();
      }
      IndexWriter fresh = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      SearcherManager oldSearchers = searchers;
      searchers = new SearcherManager(fresh, FacetedSearcher.factory(facetsConfig));
      writer = fresh;
      lastSeq = committedSeq(fresh);
      oldSearchers.close();
    } catch (IOException | RuntimeException e) {
      // Still failing (the disk is still full): the next write tries again.
      LOG.debug("The search index writer could not be reopened yet: {}", e.getMessage());
    }
    return new IndexWriteException(reason, cause);
  }

  private static long committedSeq(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(LAST_SEQ)) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
  }

  private void recovered() {
    if (failure != null) {
      failure = null;
      LOG.info("The search index can be written again; it has caught up with the database");
    }
  }

  /**
   * The user data of the last commit; null when there is no usable index (an unreadable one is
   * cleared).
   */
  private static Map<String, String> readCommitData(Directory directory) throws IOException {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return null;
      }
      return SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | java.nio.file.NoSuchFileException
        | java.io.EOFException e) {
      LOG.warn("The search index cannot be read ({}); it will be rebuilt", e.getMessage());
      clear(directory);
      return null;
    }
  }

  /**
   * Deletes every file of an unreadable index, holding the write lock so that an index in use by
   * another process is never touched (that fails with LockObtainFailedException instead).
   */
  private static void clear(Directory directory) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : directory.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(file);
        }
      }
    }
  }

  boolean needsRebuild() {
    return needsRebuild;
  }

  /** The last change-log sequence whose effect is committed in this index. */
  public long lastSeq() {
    return lastSeq;
  }

  void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  /**
   * Adds or replaces the documents of {@code caseStudies} and removes those of {@code removed}. The
   * ids are distinct, so a large batch is analysed on every core: the writer is thread-safe, and
   * analysis is most of the cost of a rebuild.
   */
  void apply(Collection<PublishedCaseStudy> caseStudies, Collection<String> removed) {
    try {
      if (caseStudies.size() >= PARALLEL_BATCH) {
        caseStudies.parallelStream().forEach(this::update);
      } else {
        caseStudies.forEach(this::update);
      }
      for (String id : removed) {
        writer.deleteDocuments(new Term(FieldNames.ID, id));
      }
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  private void update(PublishedCaseStudy cs) {
    try {
      writer.updateDocument(new Term(FieldNames.ID, cs.id()), documents.toDocument(cs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits with {@code seq} as the last applied change, then makes the changes searchable. */
  void commit(long seq) {
    try {
      writer.setLiveCommitData(
          Map.of(LAST_SEQ, Long.toString(seq), SCHEMA, SCHEMA_VERSION).entrySet());
      writer.commit();
      lastSeq = seq;
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
    recovered();
  }

  /** Runs {@code work} on a current searcher, released afterwards whatever happens. */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    SearcherManager manager = searchers;
    FacetedSearcher searcher;
    try {
      searcher = (FacetedSearcher) manager.acquire();
    } catch (AlreadyClosedException e) {
      // The writer was reopened between reading the field and acquiring: use the new one.
      manager = searchers;
      searcher = (FacetedSearcher) manager.acquire();
    }
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  public int documentCount() {
    try {
      return withSearcher(s -> s.getIndexReader().numDocs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }
}
