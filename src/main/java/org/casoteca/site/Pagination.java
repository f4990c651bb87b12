package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Previous, next and a window of numbered pages. */
@Introspected
public record Pagination(@Nullable String previous, @Nullable String next, List<Link> pages) {}
