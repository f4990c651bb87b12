package org.casoteca.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetRepository extends CrudRepository<PasswordResetRow, String> {

  /** Spends every open link of an account, so an older link cannot undo a newer reset. */
  @Query(
      "UPDATE password_reset SET used_at = :usedAt WHERE account_id = :accountId AND used_at IS NULL")
  int spendAll(long accountId, Instant usedAt);

  @Query("DELETE FROM password_reset WHERE expires_at < :before")
  int deleteExpiredBefore(Instant before);
}
