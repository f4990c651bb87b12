package org.casoteca.account;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends plain-text mail through the configured SMTP server (Jakarta Mail). */
@Singleton
class Mailer {

  private final MailConfiguration configuration;

  Mailer(MailConfiguration configuration) {
    this.configuration = configuration;
  }

  boolean configured() {
    String host = configuration.getHost();
    String from = configuration.getFrom();
    return host != null && !host.isBlank() && from != null && !from.isBlank();
  }

  void send(String to, String subject, String text) throws MessagingException {
    if (!configured()) {
      throw new IllegalStateException("no mail server is configured");
    }
    Properties properties = new Properties();
    String timeout = Long.toString(configuration.getTimeout().toMillis());
    properties.put("mail.smtp.host", configuration.getHost());
    properties.put("mail.smtp.port", Integer.toString(configuration.getPort()));
    // Bounded: a mail server that does not answer must not hold a thread for minutes.
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    properties.put("mail.smtp.starttls.enable", Boolean.toString(configuration.isStarttls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(configuration.isStarttls()));
    String user = configuration.getUsername();
    Authenticator authenticator = null;
    if (user != null && !user.isBlank()) {
      properties.put("mail.smtp.auth", "true");
      String password = configuration.getPassword() == null ? "" : configuration.getPassword();
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
    message.setFrom(new InternetAddress(configuration.getFrom(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    Transport.send(message);
  }
}
