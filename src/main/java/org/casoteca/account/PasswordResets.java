package org.casoteca.account;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.InvalidParameter;
import org.casoteca.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password recovery: one-time links by e-mail when a mail server is configured, or issued by an
 * administrator when none is. Tokens are 256 random bits; only their hash is stored.
 */
@Singleton
public class PasswordResets {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final PasswordResetRepository resets;
  private final AccountRepository accounts;
  private final Passwords passwords;
  private final PasswordResetConfiguration configuration;
  private final Mailer mailer;
  private final ResetLinks links;
  private final WorkPages pages;
  private final ExecutorService background;
  private final SecureRandom random = new SecureRandom();

  PasswordResets(
      PasswordResetRepository resets,
      AccountRepository accounts,
      Passwords passwords,
      PasswordResetConfiguration configuration,
      Mailer mailer,
      ResetLinks links,
      WorkPages pages,
      @Named(TaskExecutors.BLOCKING) ExecutorService background) {
    this.resets = resets;
    this.accounts = accounts;
    this.passwords = passwords;
    this.configuration = configuration;
    this.mailer = mailer;
    this.links = links;
    this.pages = pages;
    this.background = background;
  }

  /** Whether links can be sent by e-mail (otherwise an administrator issues them). */
  public boolean mailConfigured() {
    return mailer.configured();
  }

  /**
   * Sends a reset link to {@code email} when an account has it. The caller answers the same whether
   * or not one does, and the mail leaves on another thread, so neither the answer nor its timing
   * tells which addresses have accounts.
   */
  public void requestByMail(String email, String lang) {
    if (!mailer.configured()) {
      return;
    }
    Optional<AccountRow> account = accounts.findByEmail(Emails.normalize(email));
    if (account.isEmpty()) {
      return;
    }
    IssuedReset issued = issue(account.get(), lang, configuration.getMailLinkLifetime());
    background.execute(() -> mail(issued, lang));
  }

  /** A link an administrator gives to the account's owner; 404 when there is no such account. */
  @Transactional
  public IssuedReset issueByAdmin(long accountId, String lang) {
    AccountRow account =
        accounts.findById(accountId).orElseThrow(() -> new NotFoundException("No such account"));
    return issue(account, lang, configuration.getAdminLinkLifetime());
  }

  /** The account a still-valid token opens, for showing the form; empty when spent or expired. */
  public Optional<Account> accountFor(String token) {
    return usable(token).flatMap(r -> accounts.findById(r.accountId())).map(AccountRow::toAccount);
  }

  /**
   * Sets a new password with a valid token and spends every open link of the account; 400 naming
   * {@code token} or {@code password} otherwise.
   */
  @Transactional
  public Account reset(String token, String newPassword) {
    PasswordResetRow row =
        usable(token)
            .orElseThrow(
                () -> new BadRequestException("token", "this link is invalid, used or expired"));
    Passwords.problem(newPassword)
        .ifPresent(
            p -> {
              throw new BadRequestException(List.of(new InvalidParameter("password", p)));
            });
    accounts.updatePassword(row.accountId(), passwords.hash(newPassword));
    resets.spendAll(row.accountId(), Instant.now());
    return accounts.findById(row.accountId()).orElseThrow().toAccount();
  }

  private IssuedReset issue(AccountRow account, String lang, Duration lifetime) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now();
    resets.deleteExpiredBefore(now);
    resets.save(new PasswordResetRow(hash(token), account.id(), now, now.plus(lifetime), null));
    return new IssuedReset(account.email(), links.link(lang, token), now.plus(lifetime));
  }

  private Optional<PasswordResetRow> usable(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    return resets.findById(hash(token)).filter(r -> r.usableAt(Instant.now()));
  }

  private void mail(IssuedReset issued, String lang) {
    try {
      mailer.send(
          issued.email(),
          pages.text("reset.mail.subject", lang),
          pages.text("reset.mail.body", lang, issued.link(), WHEN.format(issued.expiresAt())));
    } catch (MessagingException | RuntimeException e) {
      // The page already answered; the operator must learn that mail is not leaving.
      LOG.warn("Could not send a password-reset link: {}", e.getMessage());
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
