package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person who signs in: lower-cased email, BCrypt hash of the password, and role. */
@MappedEntity("account")
record AccountRow(
    @Id @GeneratedValue @Nullable Long id,
    String email,
    String passwordHash,
    String role,
    Instant createdAt) {

  Account toAccount() {
    return new Account(id, email, Role.parse(role).orElse(Role.CONTRIBUTOR), createdAt);
  }
}
