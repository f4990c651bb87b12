package org.casoteca.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every error into a clear answer: 400 and 404 with reasons, 500 without internals. */
@Controller
class ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

  private final AuthorizationResponses authorization;

  ErrorController(AuthorizationResponses authorization) {
    this.authorization = authorization;
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
    return ErrorResponses.of(
        request,
        HttpStatus.BAD_REQUEST,
        "The request has invalid parameters",
        List.of(new InvalidParameter(e.getArgument().getName(), "has the wrong type")));
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
    return ErrorResponses.of(
        request,
        HttpStatus.METHOD_NOT_ALLOWED,
        "This address does not accept " + request.getMethod(),
        List.of());
  }

  @Error(global = true)
  HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
    return ErrorResponses.of(
        request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", List.of());
  }
}
