package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The home page: search box, browse by theme, country and collection, latest case studies. */
@Introspected
public record HomePage(
    PageChrome chrome,
    long total,
    List<Link> themes,
    List<Link> countries,
    List<Link> collections,
    List<HitView> latest) {}
