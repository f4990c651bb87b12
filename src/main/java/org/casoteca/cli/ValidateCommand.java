package org.casoteca.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casoteca.content.CorpusValidator;
import org.casoteca.content.Problem;

/**
 * {@code validate [--taxonomy FILE] PATH...}: checks Markdown case studies without a database or a
 * server, against the named taxonomy, else the first taxonomy.yml in or above the paths, else the
 * taxonomy bundled with the application. Prints {@code file:line:column: field: message} for each
 * problem; exits 0 when clean, 1 when there are problems, 2 for a usage error.
 */
final class ValidateCommand {

  static final String USAGE =
      "usage: validate [--taxonomy content/taxonomy.yml] <file or folder>...";

  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    List<Path> paths = new ArrayList<>();
    Path taxonomy = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--taxonomy") && i + 1 < args.length) {
        taxonomy = Path.of(args[++i]);
      } else if (args[i].startsWith("-")) {
        err.println(USAGE);
        return 2;
      } else {
        paths.add(Path.of(args[i]));
      }
    }
    if (paths.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("validate: no such file or folder: " + path);
        return 2;
      }
    }
    CorpusValidator validator;
    try {
      validator = CorpusValidator.forPaths(paths, taxonomy);
    } catch (RuntimeException e) {
      err.println("validate: " + e.getMessage());
      return 2;
    }
    List<Problem> problems = validator.validate(paths);
    problems.forEach(p -> out.println(p));
    int files = validator.countFiles(paths);
    if (problems.isEmpty()) {
      out.println(files + " files checked, no problems");
      return 0;
    }
    err.println(files + " files checked, " + problems.size() + " problems");
    return 1;
  }
}
