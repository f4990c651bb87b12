package org.casoteca.account;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ConflictException;
import org.casoteca.web.InvalidParameter;

/** Accounts: registration, password checks, the first administrator, role changes. */
@Singleton
public class Accounts {

  private final AccountRepository repository;
  private final Passwords passwords;

  Accounts(AccountRepository repository, Passwords passwords) {
    this.repository = repository;
    this.passwords = passwords;
  }

  /** A new contributor; 400 when the email or password is not acceptable, 409 when taken. */
  @Transactional
  public Account register(String email, String password) {
    String normalized = Emails.normalize(email);
    validate(normalized, password);
    if (repository.existsByEmail(normalized)) {
      throw new ConflictException("An account with this email already exists", "exists");
    }
    return repository
        .save(
            new AccountRow(
                null,
                normalized,
                passwords.hash(password),
                Role.CONTRIBUTOR.column(),
                Instant.now()))
        .toAccount();
  }

  /** The account when the password matches; the cost is the same when the email is unknown. */
  public Optional<Account> authenticate(String email, String password) {
    Optional<AccountRow> row = repository.findByEmail(Emails.normalize(email));
    if (row.isEmpty()) {
      passwords.spendDecoy(password);
      return Optional.empty();
    }
    return passwords.matches(password, row.get().passwordHash())
        ? Optional.of(row.get().toAccount())
        : Optional.empty();
  }

  public Optional<Account> find(long id) {
    return repository.findById(id).map(AccountRow::toAccount);
  }

  /** Emails of the given accounts, for showing who did what. */
  public Map<Long, String> emails(Collection<Long> ids) {
    Map<Long, String> result = new HashMap<>();
    if (!ids.isEmpty()) {
      repository.findByIdIn(ids).forEach(a -> result.put(a.id(), a.email()));
    }
    return result;
  }

  public List<Account> list() {
    List<Account> result = new ArrayList<>();
    repository.listByEmail().forEach(a -> result.add(a.toAccount()));
    return result;
  }

  public boolean hasAdmin() {
    return repository.countByRole(Role.ADMIN.column()) > 0;
  }

  /**
   * Makes {@code email} an administrator with {@code password}: creates the account, or promotes an
   * existing one and sets its password (only an operator with access to the server can ask this).
   */
  @Transactional
  public Account createAdmin(String email, String password) {
    String normalized = Emails.normalize(email);
    validate(normalized, password);
    Optional<AccountRow> existing = repository.findByEmail(normalized);
    if (existing.isPresent()) {
      repository.updateRoleAndPassword(
          existing.get().id(), Role.ADMIN.column(), passwords.hash(password));
      return find(existing.get().id()).orElseThrow();
    }
    return repository
        .save(
            new AccountRow(
                null, normalized, passwords.hash(password), Role.ADMIN.column(), Instant.now()))
        .toAccount();
  }

  public boolean exists(String email) {
    return repository.existsByEmail(Emails.normalize(email));
  }

  /**
   * Changes a role; the last administrator cannot be demoted (409), so someone can always manage.
   */
  @Transactional
  public Account changeRole(long accountId, Role role) {
    AccountRow row =
        repository
            .findById(accountId)
            .orElseThrow(() -> new BadRequestException("account", "no such account"));
    boolean demotingAdmin = Role.ADMIN.column().equals(row.role()) && role != Role.ADMIN;
    if (demotingAdmin && repository.countByRole(Role.ADMIN.column()) <= 1) {
      throw new ConflictException("The last administrator cannot be demoted", row.role());
    }
    repository.updateRole(accountId, role.column());
    return find(accountId).orElseThrow();
  }

  private static void validate(String normalizedEmail, String password) {
    List<InvalidParameter> problems = new ArrayList<>();
    Emails.problem(normalizedEmail).ifPresent(p -> problems.add(new InvalidParameter("email", p)));
    Passwords.problem(password).ifPresent(p -> problems.add(new InvalidParameter("password", p)));
    if (!problems.isEmpty()) {
      throw new BadRequestException(problems);
    }
  }
}
