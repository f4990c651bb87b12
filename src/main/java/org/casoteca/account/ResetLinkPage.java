package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;

/** What an administrator sees after issuing a reset link: the link, for whom, until when. */
@Introspected
public record ResetLinkPage(WorkChrome work, IssuedReset reset, String expires) {}
