package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The privacy notice, with the operator's contact address when one is configured. */
@Introspected
public record PrivacyPage(PageChrome chrome, @Nullable String contactEmail) {}
