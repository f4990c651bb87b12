package org.casoteca.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<AccountRow, Long> {

  Optional<AccountRow> findByEmail(String email);

  boolean existsByEmail(String email);

  long countByRole(String role);

  List<AccountRow> findByIdIn(Collection<Long> ids);

  @Query("SELECT * FROM account ORDER BY email")
  List<AccountRow> listByEmail();

  @Query("UPDATE account SET role = :role WHERE id = :id")
  int updateRole(long id, String role);

  @Query("UPDATE account SET role = :role, password_hash = :passwordHash WHERE id = :id")
  int updateRoleAndPassword(long id, String role, String passwordHash);

  @Query("UPDATE account SET password_hash = :passwordHash WHERE id = :id")
  int updatePassword(long id, String passwordHash);
}
