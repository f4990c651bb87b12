package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;

/** The about page: what Casoteca and its corpus are, and are not. */
@Introspected
public record AboutPage(PageChrome chrome, long total) {}
