package org.casoteca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: exit codes and compiler-style messages, without a database or server. */
class ValidateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ValidateCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  @Test
  void theBundledCorpusIsClean() {
    assertEquals(0, run("content"), () -> out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("no problems"));
  }

  @Test
  void problemsAreReportedAsFileLineColumnAndExitOne(@TempDir Path dir) throws IOException {
    Path tools = Files.createDirectories(dir.resolve("tools"));
    String good = Files.readString(Path.of("content/tools/tool-essential-services-package.es.md"));
    Path bad = tools.resolve("broken-tool.es.md");
    // Replace the whole countries line, whatever it lists today, so the test cannot stop testing.
    String broken = good.replaceFirst("(?m)^countries: \\[.*]$", "countries: [GT, XX]");
    assertTrue(!broken.equals(good), "the sample file has a countries line");
    Files.writeString(bad, broken);
    int code = run("--taxonomy", "content/taxonomy.yml", dir.toString());
    assertEquals(1, code);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(bad + ":5:"), printed);
    assertTrue(printed.contains("countries[1]"), printed);
  }

  @Test
  void aLoneDraftOutsideAContentFolderIsCheckedAgainstTheBundledTaxonomy(@TempDir Path dir)
      throws IOException {
    Path draft = dir.resolve("tool-essential-services-package.es.md");
    Files.copy(Path.of("content/tools/tool-essential-services-package.es.md"), draft);
    assertEquals(0, run(draft.toString()), () -> err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 files checked, no problems"));
  }

  @Test
  void aBadFileNameIsAProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Not A Name.md");
    Files.writeString(file, "---\ntitle: x\n---\n");
    assertEquals(1, run("--taxonomy", "content/taxonomy.yml", file.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("file name must be"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run());
    assertEquals(2, run("--bogus", "content"));
    assertEquals(2, run("/nonexistent/place"));
  }
}
