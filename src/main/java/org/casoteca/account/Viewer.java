package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;

/** The signed-in person making a request, with their role as stored now. */
@Introspected
public record Viewer(long id, String email, Role role) {

  public boolean isCurator() {
    return role.includes(Role.CURATOR);
  }

  public boolean isAdmin() {
    return role.includes(Role.ADMIN);
  }
}
