package org.casoteca.account;

import java.time.Instant;

/** A reset link just made: its address (shown or sent once, never stored) and when it expires. */
public record IssuedReset(String email, String link, Instant expiresAt) {}
