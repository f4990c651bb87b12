package org.casoteca.submission;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The provenance log: this repository can only append and read, never update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProvenanceRepository extends GenericRepository<ProvenanceRow, Long> {

  ProvenanceRow save(ProvenanceRow row);

  List<ProvenanceRow> findBySubmissionIdOrderByIdAsc(long submissionId);
}
