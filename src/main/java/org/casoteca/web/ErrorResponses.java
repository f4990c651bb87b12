package org.casoteca.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.List;
import org.casoteca.content.Languages;

/**
 * Answers errors in the form the caller reads: {@code application/problem+json} under {@code
 * /api/}, a readable page in the reader's language elsewhere. Never a stack trace.
 */
final class ErrorResponses {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private ErrorResponses() {}

  static MutableHttpResponse<?> of(
      HttpRequest<?> request, HttpStatus status, String detail, List<InvalidParameter> params) {
    if (isApi(request)) {
      Problem problem =
          new Problem("about:blank", status.getReason(), status.getCode(), detail, params);
      return HttpResponse.status(status).contentType(PROBLEM_JSON).body(problem);
    }
    String lang = langOf(request);
    ErrorPage page = new ErrorPage(lang, status.getCode(), detail, params);
    return HttpResponse.status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(new ModelAndView<>("error", page));
  }

  /** A problem body whatever the address: for requests refused before they could be routed. */
  static MutableHttpResponse<?> problem(HttpStatus status, String detail) {
    return HttpResponse.status(status)
        .contentType(PROBLEM_JSON)
        .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, List.of()));
  }

  static MutableHttpResponse<?> conflict(
      HttpRequest<?> request, String detail, String currentState) {
    if (isApi(request)) {
      HttpStatus status = HttpStatus.CONFLICT;
      return HttpResponse.status(status)
          .contentType(PROBLEM_JSON)
          .body(
              new ConflictProblem(
                  "about:blank",
                  status.getReason(),
                  status.getCode(),
                  detail,
                  List.of(),
                  currentState));
    }
    return of(request, HttpStatus.CONFLICT, detail, List.of());
  }

  static boolean isApi(HttpRequest<?> request) {
    return request.getPath().startsWith("/api/");
  }

  static String langOf(HttpRequest<?> request) {
    String path = request.getPath();
    for (String lang : Languages.SUPPORTED) {
      if (path.equals("/" + lang) || path.startsWith("/" + lang + "/")) {
        return lang;
      }
    }
    return LanguageNegotiation.preferred(request);
  }
}
