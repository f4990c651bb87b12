package org.casoteca.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.Test;

/** Each preview renders a whole text: past the burst, the preview answers 429, not more work. */
@MicronautTest(transactional = false)
@Property(name = "casoteca.rate-limit.previews", value = "3")
@Property(name = "casoteca.rate-limit.previews-refill", value = "1h")
class PreviewLimitTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  @Test
  void previewsBeyondTheBurstAreRefusedWithRetryAfter() {
    WorkflowFixtures f = new WorkflowFixtures(http, accounts);
    User contributor = f.user(Role.CONTRIBUTOR);
    byte[] text = WorkflowFixtures.validText("rápido").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      assertEquals(HttpStatus.OK, f.exchange(preview(text), contributor).getStatus());
    }
    HttpClientResponseException refused = f.refused(preview(text), contributor);
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, refused.getStatus());
    assertTrue(refused.getResponse().getHeaders().contains("Retry-After"));
    assertTrue(
        refused.getResponse().getContentType().orElseThrow().toString().contains("problem+json"));
  }

  private static io.micronaut.http.MutableHttpRequest<byte[]> preview(byte[] text) {
    return HttpRequest.POST("/api/preview?id=" + WorkflowFixtures.newId() + "&lang=es", text)
        .contentType("text/markdown");
  }
}
