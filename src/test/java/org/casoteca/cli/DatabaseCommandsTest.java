package org.casoteca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create-admin} and {@code export} against the default embedded database, placed in a
 * temporary home folder, as an operator would run them next to a stopped or running server.
 */
class DatabaseCommandsTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void useTemporaryHome() {
    System.setProperty("casoteca.home", home.toString());
    System.setProperty("casoteca.content.path", Path.of("content").toAbsolutePath().toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("casoteca.home");
    System.clearProperty("casoteca.content.path");
  }

  private PrintStream stream(ByteArrayOutputStream target) {
    return new PrintStream(target, true, StandardCharsets.UTF_8);
  }

  @Test
  void createAdminReadsThePasswordFromStandardInputAndRefusesShortOnes() {
    CreateAdminCommand command =
        new CreateAdminCommand(
            new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
            stream(out),
            stream(err));
    assertEquals(1, command.run(new String[] {"--email", "admin@example.org"}));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 10"));
    CreateAdminCommand ok =
        new CreateAdminCommand(
            new ByteArrayInputStream("a long admin password\n".getBytes(StandardCharsets.UTF_8)),
            stream(out),
            stream(err));
    assertEquals(0, ok.run(new String[] {"--email", "admin@example.org"}));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("administrator admin@example.org"));
    assertEquals(2, ok.run(new String[] {"admin@example.org"}), "usage");
  }

  @Test
  void commandsLeaveNoIndexFolderBehindAndCreateAdminNeedsNoTaxonomy() throws IOException {
    Set<String> before = cliIndexFolders();
    System.setProperty(
        "casoteca.content.path", Files.createDirectories(home.resolve("no-content")).toString());
    CreateAdminCommand command =
        new CreateAdminCommand(
            new ByteArrayInputStream("a long admin password\n".getBytes(StandardCharsets.UTF_8)),
            stream(out),
            stream(err));
    assertEquals(
        0,
        command.run(new String[] {"--email", "root@example.org"}),
        () -> err.toString(StandardCharsets.UTF_8));
    assertEquals(
        0,
        new ExportCommand(stream(out), stream(err))
            .run(new String[] {home.resolve("export").toString()}),
        () -> err.toString(StandardCharsets.UTF_8));
    Set<String> after = cliIndexFolders();
    after.removeAll(before);
    assertEquals(Set.of(), after, "no throw-away index in the temp folder");
    assertFalse(Files.exists(home.resolve("data/index")), "nor the server's index touched");
  }

  private static Set<String> cliIndexFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("casoteca-cli-index"))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }

  @Test
  void exportWritesThePublishedCorpusInTheContentLayout() throws IOException {
    // Nothing is published in a new database: the export is empty but valid.
    Path target = home.resolve("export");
    assertEquals(
        0,
        new ExportCommand(stream(out), stream(err)).run(new String[] {target.toString()}),
        () -> err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 files exported"));
    assertTrue(Files.exists(target.resolve("taxonomy.yml")));
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(1, files.count());
    }
    assertEquals(2, new ExportCommand(stream(out), stream(err)).run(new String[] {}));
  }
}
