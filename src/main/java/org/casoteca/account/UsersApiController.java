package org.casoteca.account;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;

/** {@code /api/admin/users}: the account list and role changes, for administrators. */
@Controller("/api/admin/users")
@Secured(Role.ADMIN_NAME)
class UsersApiController {

  private final Accounts accounts;
  private final Viewers viewers;

  UsersApiController(Accounts accounts, Viewers viewers) {
    this.accounts = accounts;
    this.viewers = viewers;
  }

  @Get
  List<Account> list(Authentication authentication) {
    viewers.require(authentication, Role.ADMIN);
    return accounts.list();
  }

  @Put("/{id}/role")
  @Consumes(MediaType.APPLICATION_JSON)
  Account changeRole(long id, @Body RoleForm form, Authentication authentication) {
    viewers.require(authentication, Role.ADMIN);
    return accounts.changeRole(id, form.parsed());
  }
}
