package org.casoteca.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a refused request gets. The API: 401 without credentials, 403 with them, as problem JSON. A
 * page read without being signed in: a redirect to the login page that comes back afterwards. A
 * refused form post (no role, or a missing or forged CSRF token): a 403 page, never a redirect that
 * would silently drop what was posted.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationResponses
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  private final ViewsRendererLocator views;

  AuthorizationResponses(ViewsRendererLocator views) {
    this.views = views;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    HttpRequest<?> r = request;
    boolean anonymous = !exception.isForbidden();
    if (ErrorResponses.isApi(r)) {
      return anonymous
          ? ErrorResponses.of(r, HttpStatus.UNAUTHORIZED, "Sign in: send a Bearer token", List.of())
              .header("WWW-Authenticate", "Bearer")
          : ErrorResponses.of(
              r, HttpStatus.FORBIDDEN, "Your role does not allow this action", List.of());
    }
    if (anonymous && (r.getMethod() == HttpMethod.GET || r.getMethod() == HttpMethod.HEAD)) {
      String lang = ErrorResponses.langOf(r);
      String next = URLEncoder.encode(r.getUri().toString(), StandardCharsets.UTF_8);
      return HttpResponse.seeOther(URI.create("/" + lang + "/login?next=" + next));
    }
    String detail =
        anonymous
            ? "This form could not be verified; reload the page and send it again"
            : "Your role does not allow this action";
    return rendered(r, HttpStatus.FORBIDDEN, detail);
  }

  /**
   * Filters answer before the views filter runs, so the error page is rendered here rather than
   * returned as a model.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private MutableHttpResponse<?> rendered(
      HttpRequest<?> request, HttpStatus status, String detail) {
    ErrorPage page =
        new ErrorPage(ErrorResponses.langOf(request), status.getCode(), detail, List.of());
    Optional<ViewsRenderer> renderer =
        views.resolveViewsRenderer("error", MediaType.TEXT_HTML, page);
    if (renderer.isEmpty()) {
      return HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(detail);
    }
    StringWriter html = new StringWriter();
    try {
      ((ViewsRenderer<Object, HttpRequest<?>>) renderer.get())
          .render("error", page, request)
          .writeTo(html);
    } catch (IOException e) {
      return HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(detail);
    }
    return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html.toString());
  }
}
