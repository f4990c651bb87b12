package org.casoteca.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.exceptions.DuplicateRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every error into a clear answer: 400 and 404 with reasons, 500 without internals. */
@Controller
class ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

  /** How long a client should wait before retrying while the database is unreachable. */
  private static final long RETRY_AFTER_SECONDS = 30;

  private final AuthorizationResponses authorization;
  private final Router router;

  ErrorController(AuthorizationResponses authorization, Router router) {
    this.authorization = authorization;
    this.router = router;
  }

  /** Refusals by the security filter: the catch-all below must not turn them into 500s. */
  @Error(global = true)
  HttpResponse<?> refused(HttpRequest<?> request, AuthorizationException e) {
    return authorization.handle(request, e);
  }

  @Error(global = true)
  HttpResponse<?> badRequest(HttpRequest<?> request, BadRequestException e) {
    return ErrorResponses.of(
        request,
        HttpStatus.BAD_REQUEST,
        "The request has invalid parameters",
        e.invalidParameters());
  }

  @Error(global = true)
  HttpResponse<?> conversion(HttpRequest<?> request, ConversionErrorException e) {
    if (e.getConversionError().getCause() instanceof JsonSyntaxException json) {
      return malformedJson(request, json);
    }
    return ErrorResponses.of(
        request,
        HttpStatus.BAD_REQUEST,
        "The request has invalid parameters",
        List.of(new InvalidParameter(e.getArgument().getName(), "has the wrong type")));
  }

  @Error(global = true)
  HttpResponse<?> malformedJson(HttpRequest<?> request, JsonSyntaxException e) {
    return ErrorResponses.of(
        request,
        HttpStatus.BAD_REQUEST,
        "The body is not valid JSON",
        List.of(new InvalidParameter("body", JsonErrors.reason(e))));
  }

  /** Only routes that differ in the body they take match a request that does not name its own. */
  @Error(global = true)
  HttpResponse<?> ambiguous(HttpRequest<?> request, DuplicateRouteException e) {
    return ErrorResponses.of(
        request,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Say what the body is: send a Content-Type header this address accepts",
        List.of(new InvalidParameter("Content-Type", "is required")));
  }

  @Error(global = true)
  HttpResponse<?> notAcceptable(HttpRequest<?> request, NotAcceptableException e) {
    return ErrorResponses.of(
        request,
        HttpStatus.NOT_ACCEPTABLE,
        "This address answers only in " + String.join(", ", e.getProduceableContentTypes()),
        List.of(new InvalidParameter("Accept", "names nothing this address can answer in")));
  }

  @Error(global = true)
  HttpResponse<?> notAllowed(HttpRequest<?> request, NotAllowedException e) {
    return ErrorResponses.of(
            request,
            HttpStatus.METHOD_NOT_ALLOWED,
            "This address does not accept " + request.getMethod(),
            List.of())
        .header(HttpHeaders.ALLOW, String.join(", ", e.getAllowedMethods()));
  }

  @Error(global = true)
  HttpResponse<?> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
    return ErrorResponses.of(
        request,
        HttpStatus.BAD_REQUEST,
        "The request is missing a parameter",
        List.of(new InvalidParameter(e.getArgument().getName(), "is required")));
  }

  @Error(global = true)
  HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
    return ErrorResponses.of(
        request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large", List.of());
  }

  /**
   * Netty refuses request lines and headers past its limits before routing, and Micronaut would
   * answer every such refusal 413 or 500; the precise status tells a client which part to shorten.
   */
  @Error(global = true)
  HttpResponse<?> tooLongToRead(HttpRequest<?> request, TooLongFrameException e) {
    return tooLong(e);
  }

  @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
  HttpResponse<?> tooLargeBeforeRouting(HttpRequest<?> request) {
    Throwable cause =
        request instanceof NettyHttpRequest<?> netty
            ? netty.getNativeRequest().decoderResult().cause()
            : null;
    if (cause instanceof TooLongFrameException tooLong) {
      return tooLong(tooLong);
    }
    return ErrorResponses.of(
        request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request is too large", List.of());
  }

  /** The request was never read, so no page can be rendered for it: the answer is a problem. */
  private static HttpResponse<?> tooLong(TooLongFrameException e) {
    if (e instanceof TooLongHttpHeaderException) {
      return ErrorResponses.problem(
          HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The request headers are too large");
    }
    if (e instanceof TooLongHttpLineException) {
      return ErrorResponses.problem(
          HttpStatus.REQUEST_URI_TOO_LONG, "The request address is too long");
    }
    return ErrorResponses.problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request is too large");
  }

  @Error(global = true)
  HttpResponse<?> invalidContent(HttpRequest<?> request, InvalidContentException e) {
    List<InvalidParameter> params =
        e.problems().stream()
            .map(
                p ->
                    new InvalidParameter(
                        "markdown", p.line() + ":" + p.column() + ": " + reason(p)))
            .toList();
    if (!ErrorResponses.isApi(request)) {
      return ErrorResponses.of(request, HttpStatus.BAD_REQUEST, "The text has problems", params);
    }
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return HttpResponse.status(status)
        .contentType(ErrorResponses.PROBLEM_JSON)
        .body(
            new ValidationProblem(
                "about:blank",
                status.getReason(),
                status.getCode(),
                "The text has " + e.problems().size() + " problems",
                params,
                e.problems()));
  }

  private static String reason(org.casoteca.content.Problem p) {
    return p.field().isEmpty() ? p.message() : p.field() + ": " + p.message();
  }

  @Error(global = true)
  HttpResponse<?> conflict(HttpRequest<?> request, ConflictException e) {
    return ErrorResponses.conflict(request, e.getMessage(), e.currentState());
  }

  @Error(global = true)
  HttpResponse<?> tooMany(HttpRequest<?> request, TooManyRequestsException e) {
    return ErrorResponses.of(
            request, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts; try again later", List.of())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
  }

  @Error(global = true)
  HttpResponse<?> forbidden(HttpRequest<?> request, ForbiddenException e) {
    return ErrorResponses.of(request, HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @Error(global = true)
  HttpResponse<?> unauthorized(HttpRequest<?> request, UnauthorizedException e) {
    return ErrorResponses.of(request, HttpStatus.UNAUTHORIZED, e.getMessage(), List.of());
  }

  @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
  HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
    return ErrorResponses.of(
        request,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "This address does not accept that content type",
        List.of());
  }

  @Error(global = true)
  HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
    return ErrorResponses.of(request, HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> noRoute(HttpRequest<?> request) {
    return ErrorResponses.of(
        request, HttpStatus.NOT_FOUND, "Nothing is published at this address", List.of());
  }

  @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
  HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
    Set<String> allowed = new TreeSet<>();
    router.findAny(request).forEach(match -> allowed.add(match.getHttpMethod().name()));
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    return ErrorResponses.of(
            request,
            HttpStatus.METHOD_NOT_ALLOWED,
            "This address does not accept " + request.getMethod(),
            List.of())
        .header(HttpHeaders.ALLOW, String.join(", ", allowed));
  }

  @Error(global = true)
  HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
    if (DatabaseErrors.unreachable(e)) {
      // Once per failed request, without the stack: the cause is outside the application.
      LOG.warn(
          "Database unreachable on {} {}: {}",
          request.getMethod(),
          request.getPath(),
          e.getMessage());
      return ErrorResponses.of(
              request,
              HttpStatus.SERVICE_UNAVAILABLE,
              "The database is not answering; nothing was saved. Try again in a minute",
              List.of())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
    }
    if (DatabaseErrors.refusedCharacter(e)) {
      return ErrorResponses.of(
          request,
          HttpStatus.BAD_REQUEST,
          "The request has invalid parameters",
          List.of(
              new InvalidParameter(
                  "text", "contains a character that cannot be stored (such as NUL, U+0000)")));
    }
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
    return ErrorResponses.of(
        request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", List.of());
  }
}
