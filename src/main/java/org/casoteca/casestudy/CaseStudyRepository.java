package org.casoteca.casestudy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseStudyRepository extends CrudRepository<CaseStudyRow, String> {

  List<CaseStudyRow> findByIdInAndPublishedTrue(java.util.Collection<String> ids);

  List<CaseStudyRow> findByIdGreaterThanAndPublishedTrue(String afterId, Pageable page);
}
