package org.casoteca.cli;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.casoteca.account.Account;
import org.casoteca.account.Accounts;
import org.casoteca.web.BadRequestException;

/**
 * {@code create-admin --email ADDRESS}: makes an administrator. The password comes from the
 * environment variable {@code CASOTECA_ADMIN_PASSWORD} or, when it is not set, from the first line
 * of standard input; never from the command line, where other users of the machine could see it.
 */
final class CreateAdminCommand {

  static final String PASSWORD_VARIABLE = "CASOTECA_ADMIN_PASSWORD";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  CreateAdminCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length != 2 || !args[0].equals("--email")) {
      err.println(
          "usage: create-admin --email <address>   (password from "
              + PASSWORD_VARIABLE
              + " or standard input)");
      return 2;
    }
    String password = System.getenv(PASSWORD_VARIABLE);
    if (password == null || password.isEmpty()) {
      password = readLine();
    }
    if (password == null || password.isEmpty()) {
      err.println("create-admin: no password given");
      return 2;
    }
    try (ApplicationContext context = CommandContext.start()) {
      Account admin = context.getBean(Accounts.class).createAdmin(args[1], password);
      out.println("administrator " + admin.email() + " is ready");
      return 0;
    } catch (BadRequestException e) {
      err.println("create-admin: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("create-admin failed: " + e.getMessage());
      return 1;
    }
  }

  private String readLine() {
    try {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
