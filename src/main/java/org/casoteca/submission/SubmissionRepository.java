package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubmissionRepository extends GenericRepository<SubmissionRow, Long> {

  SubmissionRow save(SubmissionRow row);

  Optional<SubmissionRow> findById(long id);

  List<SubmissionRow> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

  List<SubmissionRow> findByStateInOrderByUpdatedAtAsc(Collection<String> states);

  /**
   * Changes a submission only if nobody changed it since it was read ({@code version}); returns the
   * number of rows changed: 0 means another request won and the caller answers 409.
   */
  @Query(
      "UPDATE submission SET kind = :kind, state = :state, claimed_by = :claimedBy,"
          + " markdown = :markdown,"
          + " content_hash = :contentHash, title = :title, collection = :collection,"
          + " revision = :revision, version = version + 1, updated_at = :updatedAt"
          + " WHERE id = :id AND version = :version")
  int updateIfUnchanged(
      long id,
      long version,
      String kind,
      String state,
      @Nullable Long claimedBy,
      String markdown,
      String contentHash,
      String title,
      @Nullable String collection,
      int revision,
      Instant updatedAt);
}
