package org.casoteca.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecretRepository extends GenericRepository<SecretRow, String> {

  Optional<SecretRow> findById(String name);

  SecretRow save(SecretRow row);
}
