package org.casoteca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.WorkflowFixtures;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every route the router knows, as anonymous and as an administrator, with a matrix of methods,
 * Accept, Accept-Language and Content-Type values, malformed bodies and oversized parts: nothing
 * answers 5xx and nothing logs an error. Then the specific answers a client relies on.
 */
@MicronautTest(transactional = false)
class HttpRobustnessTest {

  private static final List<String> ACCEPTS =
      List.of(
          "",
          "*/*",
          "text/html",
          "application/json",
          "text/xml",
          "application/xml",
          "application/rss+xml",
          "text/plain",
          "image/png",
          ";;",
          "text/");

  private static final List<String> LANGUAGES = List.of(",", ";", ",,", "en,;", "q=1", "*");

  private static final List<String> CONTENT_TYPES =
      List.of(
          "",
          "application/json",
          "text/markdown",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "application/json; charset=latin-9",
          ";");

  private static final List<byte[]> BODIES =
      List.of(
          new byte[0],
          bytes("{"),
          bytes("{\"version\":"),
          bytes("[1,2"),
          bytes("\"text\""),
          bytes("{\"version\":\"x\",\"reason\":[]}"),
          new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
          bytes("{\"reason\":\"a\u0000b\"}"),
          bytes("---\ntitle: [\n"));

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  @Inject EmbeddedServer server;
  @Inject Router router;
  @Inject Accounts accounts;
  @Inject IndexFollower follower;
  @Inject io.micronaut.security.token.jwt.generator.JwtTokenGenerator tokens;

  @Inject
  @io.micronaut.http.client.annotation.Client("/")
  io.micronaut.http.client.HttpClient micronautClient;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private String adminToken;

  @BeforeEach
  void setUp() {
    follower.catchUp();
    adminToken = new WorkflowFixtures(micronautClient, accounts).user(Role.ADMIN).token();
    log.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
  }

  @AfterEach
  void tearDown() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
  }

  @Test
  void noRouteAnswers5xxWhateverArrives() throws Exception {
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (String path : paths()) {
      for (String token : new String[] {null, adminToken}) {
        for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE")) {
          sent++;
          check(failures, send(method, path, token, Map.of(), null, null));
        }
        for (String accept : ACCEPTS) {
          for (String method : List.of("GET", "POST")) {
            sent++;
            check(failures, send(method, path, token, Map.of("Accept", accept), null, null));
          }
        }
        for (String language : LANGUAGES) {
          sent++;
          check(
              failures, send("GET", path, token, Map.of("Accept-Language", language), null, null));
        }
        sent += 3;
        check(failures, send("GET", path, token, Map.of("X-Big", "a".repeat(20_000)), null, null));
        check(
            failures, send("GET", path + "?q=" + "b".repeat(20_000), token, Map.of(), null, null));
        check(failures, send("GET", path + "?q=a%00b&page=-1&size=x", token, Map.of(), null, null));
      }
    }
    for (String[] route : writeRoutes()) {
      for (String type : CONTENT_TYPES) {
        for (byte[] body : BODIES) {
          sent++;
          check(failures, send(route[0], route[1], adminToken, Map.of(), type, body));
        }
      }
    }
    assertTrue(sent > 1000, "the sweep covers the routes: " + sent + " requests");
    assertEquals(List.of(), failures, failures.size() + " of " + sent + " requests answered 5xx");
    List<String> errors =
        log.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
            .map(ILoggingEvent::getFormattedMessage)
            .toList();
    assertEquals(List.of(), errors, "nothing is logged as an error");
  }

  @Test
  void anAcceptTheAddressCannotAnswerIsA406ProblemOrTheResourceWhenItFits() throws Exception {
    Map<String, Set<String>> answersIn =
        Map.of(
            "/es/feed.xml", Set.of("text/xml", "application/xml"),
            "/sitemap.xml", Set.of("text/xml", "application/xml"),
            "/robots.txt", Set.of("text/plain"));
    List<String> paths =
        List.of(
            "/api/case-studies?q=violencia",
            "/api/case-studies/sv-ciudad-mujer",
            "/api/suggest?q=viol&lang=es",
            "/es/",
            "/en/search?q=violence",
            "/es/case-studies/sv-ciudad-mujer",
            "/es/feed.xml",
            "/sitemap.xml",
            "/robots.txt");
    for (String path : paths) {
      for (String accept :
          List.of(
              "text/xml", "application/xml", "application/rss+xml", "text/plain", "image/png")) {
        HttpResponse<String> r = send("GET", path, null, Map.of("Accept", accept), null, null);
        if (answersIn.getOrDefault(path, Set.of()).contains(accept)) {
          assertEquals(200, r.statusCode(), accept + " " + path);
        } else {
          assertEquals(406, r.statusCode(), accept + " " + path);
          assertTrue(r.body().contains("Accept"), "the answer says what is wrong: " + r.body());
        }
      }
    }
    HttpResponse<String> api =
        send("GET", "/api/case-studies", null, Map.of("Accept", "text/xml"), null, null);
    assertEquals(
        "application/problem+json", api.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void headAndOptionsWorkWhereverGetDoes() throws Exception {
    for (String path : getPaths()) {
      HttpResponse<String> get = send("GET", path, null, Map.of(), null, null);
      HttpResponse<String> head = send("HEAD", path, null, Map.of(), null, null);
      assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
      assertEquals("", head.body(), "HEAD has no body: " + path);
      HttpResponse<String> options = send("OPTIONS", path, null, Map.of(), null, null);
      assertEquals(200, options.statusCode(), "OPTIONS " + path);
      String allow = options.headers().firstValue("Allow").orElse("");
      assertTrue(allow.contains("GET"), "OPTIONS " + path + " lists GET in Allow: " + allow);
    }
  }

  @Test
  void malformedJsonAndMissingContentTypesAreNamed() throws Exception {
    for (String[] route :
        new String[][] {
          {"POST", "/api/auth/token"},
          {"POST", "/api/submissions"},
          {"PUT", "/api/submissions/1"},
          {"PUT", "/api/admin/users/1/role"},
          {"POST", "/api/submissions/1/claim"},
          {"POST", "/api/submissions/1/reject"}
        }) {
      for (byte[] body :
          List.of(bytes("{\"email\":"), bytes("{"), new byte[] {'{', '"', (byte) 0xC3, 0x28})) {
        HttpResponse<String> r =
            send(route[0], route[1], adminToken, Map.of(), "application/json", body);
        assertEquals(400, r.statusCode(), String.join(" ", route) + " " + r.body());
        assertTrue(r.body().contains("not valid JSON"), r.body());
        assertTrue(r.body().contains("\"name\":\"body\""), r.body());
      }
      HttpResponse<String> plain =
          send(route[0], route[1], adminToken, Map.of(), "text/plain", bytes("{}"));
      assertEquals(415, plain.statusCode(), String.join(" ", route) + " " + plain.body());
      HttpResponse<String> form =
          send(
              route[0],
              route[1],
              adminToken,
              Map.of(),
              "application/x-www-form-urlencoded",
              bytes("a=b"));
      assertEquals(415, form.statusCode(), String.join(" ", route) + " " + form.body());
    }
    HttpResponse<String> untyped =
        send("POST", "/api/submissions?id=x&lang=es", adminToken, Map.of(), "", bytes("# x"));
    assertEquals(415, untyped.statusCode(), untyped.body());
    assertTrue(untyped.body().contains("Content-Type"), untyped.body());
  }

  @Test
  void junkAcceptLanguageFallsBackToSpanish() throws Exception {
    for (String language : LANGUAGES) {
      HttpResponse<String> root =
          send("GET", "/", null, Map.of("Accept-Language", language), null, null);
      assertEquals(3, root.statusCode() / 100, language + " redirects");
      assertEquals("/es/", root.headers().firstValue("Location").orElseThrow(), language);
      HttpResponse<String> missing =
          send("GET", "/nothing-here", null, Map.of("Accept-Language", language), null, null);
      assertEquals(404, missing.statusCode(), language);
      assertTrue(missing.body().contains("lang=\"es\""), language);
    }
  }

  @Test
  void oversizedHeadersAnswer431AndOversizedAddresses414() throws Exception {
    HttpResponse<String> headers =
        send("GET", "/es/", null, Map.of("X-Big", "a".repeat(20_000)), null, null);
    assertEquals(431, headers.statusCode(), headers.body());
    HttpResponse<String> line =
        send("GET", "/api/case-studies?q=" + "b".repeat(20_000), null, Map.of(), null, null);
    assertEquals(414, line.statusCode(), line.body());
  }

  @Test
  void onlyHealthIsAPublicManagementEndpoint() throws Exception {
    HttpResponse<String> health = send("GET", "/health", null, Map.of(), null, null);
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("UP"), health.body());
    for (String path :
        List.of(
            "/threaddump",
            "/routes",
            "/flyway",
            "/beans",
            "/env",
            "/loggers",
            "/info",
            "/caches",
            "/refresh",
            "/stop")) {
      for (String token : new String[] {null, adminToken}) {
        for (String method : List.of("GET", "POST")) {
          HttpResponse<String> r =
              send(method, path, token, Map.of(), "application/json", bytes("{}"));
          assertTrue(
              r.statusCode() == 404 || r.statusCode() == 405,
              method + " " + path + " answers " + r.statusCode() + ": " + r.body());
        }
      }
    }
  }

  @Test
  void aTokenBeforeItsNotBeforeTimeIsRefused() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> claims = new java.util.HashMap<>();
    claims.put("sub", "1");
    claims.put("iss", "casoteca");
    claims.put("roles", List.of("contributor", "curator", "admin"));
    claims.put("iat", now);
    claims.put("exp", now + 7200);
    claims.put("nbf", now + 3600);
    String early = tokens.generateToken(claims).orElseThrow();
    HttpResponse<String> r = send("GET", "/api/submissions", early, Map.of(), null, null);
    assertEquals(401, r.statusCode(), r.body());
    claims.put("nbf", now - 60);
    String valid = tokens.generateToken(claims).orElseThrow();
    assertEquals(200, send("GET", "/api/submissions", valid, Map.of(), null, null).statusCode());
  }

  /** Every route template with its variables filled in, plus addresses no route knows. */
  private Set<String> paths() {
    Set<String> paths = new TreeSet<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      String template = route.getUriMatchTemplate().toPathString();
      paths.add(fill(template));
    }
    paths.add("/nothing-here");
    paths.add("/api/nothing-here");
    paths.add("/api/case-studies/a%00b");
    paths.add("/es/case-studies/a%00b");
    paths.add("/static/../../etc/passwd");
    return paths;
  }

  /** Method and filled path of every route that takes a body. */
  private List<String[]> writeRoutes() {
    List<String[]> routes = new ArrayList<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      HttpMethod method = route.getHttpMethod();
      if (method == HttpMethod.POST || method == HttpMethod.PUT) {
        routes.add(new String[] {method.name(), fill(route.getUriMatchTemplate().toPathString())});
      }
    }
    return routes;
  }

  private Set<String> getPaths() {
    Set<String> paths = new LinkedHashSet<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (route.getHttpMethod() == HttpMethod.GET) {
        paths.add(fill(route.getUriMatchTemplate().toPathString()));
      }
    }
    return paths;
  }

  /** Case studies are named, submissions and accounts numbered. */
  private static String fill(String template) {
    String id =
        template.contains("submissions") || template.contains("users") ? "1" : "sv-ciudad-mujer";
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).replaceAll("[^A-Za-z]", "");
      String value =
          switch (name) {
            case "lang" -> "es";
            case "part" -> "1";
            case "action" -> "claim";
            default -> id;
          };
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void check(List<String> failures, HttpResponse<String> r) {
    if (r.statusCode() >= 500) {
      failures.add(
          r.statusCode()
              + " "
              + r.request().method()
              + " "
              + r.request().uri().getRawPath()
              + " "
              + shortened(r.request().headers().map()));
    }
  }

  private static String shortened(Map<String, List<String>> headers) {
    StringBuilder out = new StringBuilder();
    headers.forEach(
        (name, values) -> {
          String value = String.join(",", values);
          out.append(name).append('=').append(value, 0, Math.min(24, value.length())).append(' ');
        });
    return out.toString();
  }

  private HttpResponse<String> send(
      String method,
      String path,
      String token,
      Map<String, String> headers,
      String contentType,
      byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    headers.forEach(
        (name, value) -> {
          if (!value.isEmpty()) {
            b.header(name, value);
          }
        });
    if (contentType != null && !contentType.isEmpty()) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
