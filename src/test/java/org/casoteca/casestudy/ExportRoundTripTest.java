package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import reconcile the corpus and the database: importing an export changes nothing, and
 * a file never overwrites a language version the review workflow published.
 */
@MicronautTest(transactional = false)
class ExportRoundTripTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;
  @Inject CorpusExporter exporter;
  @Inject ContentImporter importer;

  @Test
  void importingTheExportChangesNothing(@TempDir Path target) throws IOException {
    WorkflowFixtures f = new WorkflowFixtures(http, accounts);
    User contributor = f.user(Role.CONTRIBUTOR);
    User curator = f.user(Role.CURATOR);
    String id = WorkflowFixtures.newId();
    String text = WorkflowFixtures.validText("exportable");
    var created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + id + "&lang=es&submit=true",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    long sid = ((Number) ((Map<?, ?>) created.body().get("submission")).get("id")).longValue();
    f.exchange(HttpRequest.POST("/api/submissions/" + sid + "/claim", Map.of()), curator);
    f.exchange(HttpRequest.POST("/api/submissions/" + sid + "/publish", Map.of()), curator);

    int files = exporter.export(target);
    Path exported = target.resolve("tools").resolve(id + ".es.md");
    assertEquals(text, Files.readString(exported, StandardCharsets.UTF_8), "byte for byte");
    assertTrue(Files.exists(target.resolve("taxonomy.yml")));

    ImportReport again = importer.importFolder(target);
    assertEquals(files, again.filesSeen());
    assertEquals(files, again.unchanged(), () -> "problems: " + again.problems());
    assertEquals(0, again.imported());
    assertEquals(0, again.unpublished());
    assertEquals(0, again.skipped());

    Files.writeString(exported, text.replace("exportable", "overwritten"));
    ImportReport changed = importer.importFolder(target);
    assertEquals(1, changed.skipped());
    assertTrue(changed.problems().get(0).message().contains("owned by the review workflow"));
    assertEquals(0, changed.imported());
  }
}
