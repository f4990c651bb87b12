package org.casoteca.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Path;
import org.casoteca.casestudy.CorpusExporter;

/**
 * {@code export TARGET}: writes every published case study as Markdown in the content/ layout,
 * exactly as stored. Exits 0 on success, 1 on failure, 2 for a usage error.
 */
final class ExportCommand {

  private final PrintStream out;
  private final PrintStream err;

  ExportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length != 1 || args[0].startsWith("-")) {
      err.println("usage: export <target folder>");
      return 2;
    }
    try (ApplicationContext context = CommandContext.start()) {
      int files = context.getBean(CorpusExporter.class).export(Path.of(args[0]));
      out.println(files + " files exported to " + args[0]);
      return 0;
    } catch (Exception e) {
      err.println("export failed: " + e.getMessage());
      return 1;
    }
  }
}
