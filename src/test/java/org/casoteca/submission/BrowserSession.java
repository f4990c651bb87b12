package org.casoteca.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: keeps cookies, reads CSRF tokens from pages, posts forms. */
public final class BrowserSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

  private final HttpClient http;
  public final Map<String, String> cookies = new LinkedHashMap<>();

  public BrowserSession(HttpClient http) {
    this.http = http;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
  }

  /** The CSRF token of the forms on {@code path}. */
  public String token(String path) {
    Matcher m = TOKEN.matcher(get(path).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + path);
    }
    return m.group(1);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    String token = fields.get("csrfToken");
    String target =
        token == null
            ? path
            : path
                + (path.contains("?") ? "&" : "?")
                + "csrfToken="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    return send(
        HttpRequest.POST(target, body.toString())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .accept(MediaType.TEXT_HTML));
  }

  public HttpResponse<String> postMultipart(String path, MultipartBody body) {
    return send(
        HttpRequest.POST(path, body)
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .accept(MediaType.TEXT_HTML));
  }

  public void login(String lang, String email, String password) {
    String token = token("/" + lang + "/login");
    HttpResponse<String> r =
        postForm(
            "/" + lang + "/login",
            Map.of("csrfToken", token, "email", email, "password", password, "next", "/"));
    if (r.getStatus().getCode() != 303) {
      throw new AssertionError("login failed: " + r.getStatus());
    }
  }

  public HttpResponse<String> send(MutableHttpRequest<?> request) {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response;
    try {
      response = http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
      response = failed;
      remember(response);
      return new Refused(failed, e.getResponse().getBody(String.class).orElse("")).response();
    }
    remember(response);
    return response;
  }

  private void remember(HttpResponse<?> response) {
    List<String> setCookies = response.getHeaders().getAll("Set-Cookie");
    for (String c : setCookies) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      if (value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  /** The body of an error response, readable as a page. */
  record Refused(HttpResponse<String> raw, String body) {
    HttpResponse<String> response() {
      return new io.micronaut.http.HttpResponseWrapper<String>(raw) {
        @Override
        public String body() {
          return body;
        }

        @Override
        public java.util.Optional<String> getBody() {
          return java.util.Optional.of(body);
        }
      };
    }
  }
}
