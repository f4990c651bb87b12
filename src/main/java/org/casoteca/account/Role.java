package org.casoteca.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do. Each role includes the ones before it: a curator can also contribute, an
 * administrator can also curate.
 */
public enum Role {
  CONTRIBUTOR,
  CURATOR,
  ADMIN;

  /** Role names as {@code @Secured} checks them. */
  public static final String CONTRIBUTOR_NAME = "contributor";

  public static final String CURATOR_NAME = "curator";
  public static final String ADMIN_NAME = "admin";

  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This role's name and those of the roles it includes. */
  public List<String> grantedNames() {
    return List.of(values()).subList(0, ordinal() + 1).stream().map(Role::column).toList();
  }

  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }

  public static Optional<Role> parse(String value) {
    for (Role r : values()) {
      if (r.column().equals(value)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
