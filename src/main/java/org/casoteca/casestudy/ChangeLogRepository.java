package org.casoteca.casestudy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeLogRepository extends GenericRepository<ChangeRow, Long> {

  /** Takes the head row's lock until commit: writers queue here, so sequences commit in order. */
  @Query("UPDATE change_head SET seq = seq + 1 WHERE id = 1")
  void advanceHead();

  @Query("SELECT seq FROM change_head WHERE id = 1")
  long head();

  ChangeRow save(ChangeRow change);

  List<ChangeRow> findBySeqGreaterThan(long afterSeq, Pageable page);

  @Query("SELECT COALESCE(MAX(seq), 0) FROM change_log")
  long lastSeq();
}
