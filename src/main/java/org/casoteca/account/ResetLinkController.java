package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code POST /{lang}/admin/users/{id}/reset-link}: an administrator issues a one-time reset link
 * to hand to the account's owner, for sites without a mail server (or a mailbox that is lost).
 */
@Controller("/{lang}/admin/users/{id}/reset-link")
@Secured(Role.ADMIN_NAME)
class ResetLinkController {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final PasswordResets resets;
  private final Viewers viewers;
  private final WorkPages pages;

  ResetLinkController(PasswordResets resets, Viewers viewers, WorkPages pages) {
    this.resets = resets;
    this.viewers = viewers;
    this.pages = pages;
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> issue(
      HttpRequest<?> request, String lang, long id, Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication, Role.ADMIN);
    IssuedReset reset = resets.issueByAdmin(id, lang);
    WorkChrome work = pages.chrome(request, lang, "reset.link.title", "/admin/users", viewer);
    return HttpResponse.ok()
        .contentType(MediaType.TEXT_HTML_TYPE)
        // A page holding a live credential: neither cached nor passed on as a referrer.
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .body(
            new ModelAndView<>(
                "reset-link", new ResetLinkPage(work, reset, WHEN.format(reset.expiresAt()))));
  }
}
