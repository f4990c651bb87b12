package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Arrays;

/** {@code /{lang}/admin/users}: administrators list accounts and change roles. */
@Controller("/{lang}/admin/users")
@Secured(Role.ADMIN_NAME)
class UsersController {

  private final Accounts accounts;
  private final Viewers viewers;
  private final WorkPages pages;

  UsersController(Accounts accounts, Viewers viewers, WorkPages pages) {
    this.accounts = accounts;
    this.viewers = viewers;
    this.pages = pages;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  @View("users")
  UsersPage list(
      HttpRequest<?> request,
      String lang,
      @Nullable @QueryValue String changed,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication, Role.ADMIN);
    return new UsersPage(
        pages.chrome(request, lang, "users.title", "/admin/users", viewer),
        accounts.list(),
        Arrays.stream(Role.values()).map(Role::column).toList(),
        changed == null ? null : pages.text("users.changed", lang));
  }

  @Post("/{id}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> changeRole(
      String lang, long id, @Body RoleForm form, Authentication authentication) {
    WorkPages.requireLang(lang);
    viewers.require(authentication, Role.ADMIN);
    accounts.changeRole(id, form.parsed());
    return HttpResponse.seeOther(URI.create("/" + lang + "/admin/users?changed=" + id));
  }
}
