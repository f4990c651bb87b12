package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A role change: {@code contributor}, {@code curator} or {@code admin}. */
@Serdeable
record RoleForm(@Nullable String role) {

  Role parsed() {
    return Role.parse(role == null ? "" : role)
        .orElseThrow(
            () ->
                new org.casoteca.web.BadRequestException(
                    "role", "must be contributor, curator or admin"));
  }
}
