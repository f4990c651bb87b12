package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A reset link as stored: the hash of its token, whose account, until when, and whether spent. */
@MappedEntity("password_reset")
record PasswordResetRow(
    @Id String tokenHash,
    long accountId,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant usedAt) {

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }
}
