package org.casoteca.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The command-line commands of the application jar: {@code validate}, {@code export} and {@code
 * create-admin}. Any other arguments start the server.
 */
public final class Commands {

  private static final Map<String, Function<String[], Integer>> COMMANDS =
      Map.of(
          "validate", args -> new ValidateCommand(System.out, System.err).run(args),
          "export", args -> new ExportCommand(System.out, System.err).run(args),
          "create-admin",
              args -> new CreateAdminCommand(System.in, System.out, System.err).run(args));

  private Commands() {}

  /** The exit code of the command named by {@code args[0]}, or empty when it names none. */
  public static OptionalInt run(String[] args) {
    if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(COMMANDS.get(args[0]).apply(Arrays.copyOfRange(args, 1, args.length)));
  }

  static void usage(PrintStream err, String text) {
    err.println(text);
  }
}
