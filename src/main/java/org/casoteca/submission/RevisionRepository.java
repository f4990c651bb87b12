package org.casoteca.submission;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Submitted revisions: inserted, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevisionRepository extends GenericRepository<RevisionRow, Long> {

  RevisionRow save(RevisionRow row);

  List<RevisionRow> findBySubmissionIdOrderByNumberAsc(long submissionId);
}
