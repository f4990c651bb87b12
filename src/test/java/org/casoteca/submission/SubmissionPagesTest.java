package org.casoteca.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contributor's and curator's pages as a browser without JavaScript uses them: sign-in cookies,
 * CSRF refusals, and nothing a contributor wrote lost to a failed validation, an expired session or
 * a curator acting at the same time.
 */
@MicronautTest(transactional = false)
class SubmissionPagesTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  WorkflowFixtures f;
  User contributor;
  BrowserSession browser;

  @BeforeEach
  void signIn() {
    f = new WorkflowFixtures(http, accounts);
    contributor = f.user(Role.CONTRIBUTOR);
    browser = new BrowserSession(http);
    browser.login("es", contributor.email(), WorkflowFixtures.PASSWORD);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    BrowserSession fresh = new BrowserSession(http);
    String token = fresh.token("/en/login");
    HttpResponse<String> r =
        fresh.postForm(
            "/en/login",
            Map.of(
                "csrfToken",
                token,
                "email",
                contributor.email(),
                "password",
                WorkflowFixtures.PASSWORD));
    assertEquals(303, r.getStatus().getCode());
    String cookie =
        r.getHeaders().getAll("Set-Cookie").stream()
            .filter(c -> c.startsWith("JWT="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertEquals("/en/submissions", r.header("Location"));
  }

  @Test
  void wrongPasswordsShowTheFormAgain() {
    BrowserSession fresh = new BrowserSession(http);
    String token = fresh.token("/es/login");
    HttpResponse<String> r =
        fresh.postForm(
            "/es/login",
            Map.of("csrfToken", token, "email", contributor.email(), "password", "nope-nope-nope"));
    assertEquals(401, r.getStatus().getCode());
    assertTrue(r.body().contains("Correo o contraseña incorrectos"));
  }

  @Test
  void formsWithoutAValidCsrfTokenAreRefused() {
    BrowserSession fresh = new BrowserSession(http);
    assertEquals(
        403,
        fresh
            .postForm(
                "/es/login",
                Map.of("email", contributor.email(), "password", WorkflowFixtures.PASSWORD))
            .getStatus()
            .getCode());
    fresh.token("/es/login");
    assertEquals(
        403,
        fresh
            .postForm(
                "/es/login",
                Map.of(
                    "csrfToken",
                    "forged.value",
                    "email",
                    contributor.email(),
                    "password",
                    WorkflowFixtures.PASSWORD))
            .getStatus()
            .getCode());
    MultipartBody body =
        MultipartBody.builder().addPart("markdown", "x").addPart("action", "save").build();
    assertEquals(403, browser.postMultipart("/es/submissions", body).getStatus().getCode());
    assertEquals(
        403,
        browser.postForm("/es/logout", Map.of()).getStatus().getCode(),
        "logout needs a token too");
  }

  @Test
  void pagesNeedSigningInAndComeBackAfterwards() {
    BrowserSession anonymous = new BrowserSession(http);
    HttpResponse<String> r = anonymous.get("/es/submissions/new");
    assertEquals(303, r.getStatus().getCode());
    assertEquals("/es/login?next=%2Fes%2Fsubmissions%2Fnew", r.header("Location"));
    assertEquals(303, anonymous.get("/en/review").getStatus().getCode());
    assertEquals(
        403, browser.get("/es/review").getStatus().getCode(), "contributors are not curators");
    assertEquals(403, browser.get("/es/admin/users").getStatus().getCode());
  }

  @Test
  void aFailedValidationKeepsTheTextAndListsEveryProblemWithLineAndColumn() {
    String text =
        WorkflowFixtures.validText("fallo").replace("countries: [GT]", "countries: [XX]")
            + "<mi texto>";
    HttpResponse<String> r = submitNew(WorkflowFixtures.newId(), text, "submit");
    assertEquals(400, r.getStatus().getCode());
    assertTrue(r.body().contains(escape(text)), "the text is back in the editor, escaped");
    assertTrue(r.body().contains("<code>5:"), "line and column of the problem");
    assertTrue(r.body().contains("countries[0]"));
  }

  @Test
  void aDraftIsSavedThenSubmittedAndListedWithItsState() {
    String id = WorkflowFixtures.newId();
    HttpResponse<String> saved = submitNew(id, WorkflowFixtures.validText("borrador"), "save");
    assertEquals(303, saved.getStatus().getCode());
    String location = saved.header("Location");
    assertTrue(location.endsWith("?done=saved"), location);
    String page = browser.get(location).body();
    assertTrue(page.contains("Borrador"));
    String list = browser.get("/es/submissions").body();
    assertTrue(list.contains(id));
    long sid = Long.parseLong(location.replaceAll(".*/submissions/(\\d+).*", "$1"));
    HttpResponse<String> submitted =
        edit(sid, 0, WorkflowFixtures.validText("borrador dos"), "submit");
    assertEquals(303, submitted.getStatus().getCode());
    assertTrue(browser.get("/es/submissions").body().contains("state-submitted"));
  }

  @Test
  void anExpiredSessionKeepsTheText() {
    String text = WorkflowFixtures.validText("sesion") + "Texto que no debe perderse.";
    browser.cookies.remove("JWT");
    HttpResponse<String> r = submitNew(WorkflowFixtures.newId(), text, "submit");
    assertEquals(401, r.getStatus().getCode());
    assertTrue(r.body().contains(escape(text)));
    assertTrue(r.body().contains("Su sesión expiró"));
    browser.login("es", contributor.email(), WorkflowFixtures.PASSWORD);
    Matcher action = Pattern.compile("action=\"([^\"]+)\" id=\"editor-form\"").matcher(r.body());
    assertTrue(action.find());
    MultipartBody again =
        MultipartBody.builder()
            .addPart("caseStudyId", WorkflowFixtures.newId())
            .addPart("caseStudyLang", "es")
            .addPart("markdown", text)
            .addPart("action", "submit")
            .build();
    assertEquals(
        303,
        browser.postMultipart(action.group(1).replace("&amp;", "&"), again).getStatus().getCode(),
        "the same form, posted again after signing in, is accepted");
  }

  @Test
  void aCuratorActingFirstIsAConflictThatKeepsTheText() {
    String id = WorkflowFixtures.newId();
    HttpResponse<String> created = submitNew(id, WorkflowFixtures.validText("carrera"), "submit");
    long sid =
        Long.parseLong(created.header("Location").replaceAll(".*/submissions/(\\d+).*", "$1"));
    User curator = f.user(Role.CURATOR);
    f.exchange(HttpRequest.POST("/api/submissions/" + sid + "/claim", Map.of()), curator);
    String mine = WorkflowFixtures.validText("carrera") + "Mi corrección.";
    HttpResponse<String> r = edit(sid, 1, mine, "save");
    assertEquals(409, r.getStatus().getCode());
    assertTrue(r.body().contains(escape(mine)));
    assertTrue(
        r.body().contains("(estado actual: En revisión)"),
        () -> r.body().substring(r.body().indexOf("<main")));
  }

  @Test
  void anUploadedFileReplacesTheTextAndItsNameIsNeverAPath() {
    String text = WorkflowFixtures.validText("archivo");
    MultipartBody body =
        MultipartBody.builder()
            .addPart("caseStudyId", "")
            .addPart("caseStudyLang", "")
            .addPart("markdown", "ignored")
            .addPart(
                "file",
                "../../etc/x",
                MediaType.TEXT_PLAIN_TYPE,
                text.getBytes(StandardCharsets.UTF_8))
            .addPart("action", "save")
            .build();
    HttpResponse<String> r = browser.postMultipart(action("/es/submissions"), body);
    assertEquals(400, r.getStatus().getCode(), "no id: the file name is not one");
    String id = WorkflowFixtures.newId();
    MultipartBody named =
        MultipartBody.builder()
            .addPart("caseStudyId", "")
            .addPart("caseStudyLang", "")
            .addPart("markdown", "")
            .addPart(
                "file",
                "folder/" + id + ".en.md",
                MediaType.TEXT_PLAIN_TYPE,
                text.getBytes(StandardCharsets.UTF_8))
            .addPart("action", "save")
            .build();
    HttpResponse<String> saved = browser.postMultipart(action("/es/submissions"), named);
    assertEquals(303, saved.getStatus().getCode());
    String page = browser.get(saved.header("Location")).body();
    assertTrue(page.contains(id + ".en.md"));
  }

  @Test
  void hostileMarkdownIsPreviewedSafely() {
    String hostile =
        String.join(
            "\n",
            List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#115;cript:alert(1))",
                "[d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:x) ![x](javascript:alert(1))",
                "[ref]",
                "",
                "[ref]: javascript:alert(1)",
                "<noscript><style></noscript><img src=x onerror=alert(1)>",
                "<iframe src=x></iframe><form action=x></form><meta http-equiv=refresh content=0><base href=x>"));
    String text =
        WorkflowFixtures.validText("hostil")
                .replace("title: \"Programa", "title: \"<script>x</script>")
            + hostile;
    HttpResponse<String> r = submitNew(WorkflowFixtures.newId(), text, "preview");
    assertEquals(200, r.getStatus().getCode());
    String preview = r.body().substring(r.body().indexOf("id=\"preview\""));
    preview = preview.substring(0, preview.indexOf("</div>"));
    String lower = preview.toLowerCase();
    for (String bad :
        List.of("<script", "<iframe", "<form", "<meta", "<base", "<style", "<svg", "<noscript")) {
      assertFalse(lower.contains(bad), bad + " in " + preview);
    }
    assertFalse(
        Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(lower).find(), "handler in " + preview);
    assertFalse(
        Pattern.compile("(href|src)=\"\\s*(javascript|vbscript|data):").matcher(lower).find(),
        "dangerous address in " + preview);
    assertFalse(r.body().contains("<script>alert"), "the text area escapes it too");
  }

  @Test
  void oversizedBodiesAnswer413OnTheApiAndTheSite() {
    byte[] big = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> api =
        browser.send(
            HttpRequest.POST("/api/submissions?id=x-big&lang=es", big)
                .contentType("text/markdown")
                .bearerAuth(contributor.token()));
    assertEquals(413, api.getStatus().getCode());
    MultipartBody body =
        MultipartBody.builder()
            .addPart("markdown", new String(big, StandardCharsets.US_ASCII))
            .addPart("action", "save")
            .build();
    assertEquals(413, browser.postMultipart(action("/es/submissions"), body).getStatus().getCode());
  }

  private String action(String path) {
    return path
        + "?csrfToken="
        + URLEncoder.encode(browser.token("/es/login"), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> submitNew(String id, String text, String action) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("caseStudyId", id)
            .addPart("caseStudyLang", "es")
            .addPart("markdown", text)
            .addPart("action", action)
            .build();
    return browser.postMultipart(action("/es/submissions"), body);
  }

  private HttpResponse<String> edit(long sid, long version, String text, String action) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("version", Long.toString(version))
            .addPart("markdown", text)
            .addPart("action", action)
            .build();
    return browser.postMultipart(action("/es/submissions/" + sid), body);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
