package org.casoteca.site;

import jakarta.inject.Singleton;
import org.casoteca.content.Taxonomy;
import org.casoteca.search.SearchHit;

/** Labels a search hit for the site. */
@Singleton
class HitViews {

  private final Taxonomy taxonomy;
  private final SiteText text;

  HitViews(Taxonomy taxonomy, SiteText text) {
    this.taxonomy = taxonomy;
    this.text = text;
  }

  HitView of(SearchHit hit, String lang) {
    return new HitView(
        hit.title(),
        "/" + lang + "/case-studies/" + hit.id(),
        hit.snippet(),
        taxonomy.collections().label(hit.collection(), lang),
        hit.countries().stream().map(c -> taxonomy.countryLabel(c, lang)).toList(),
        taxonomy.evidenceRatings().label(hit.evidence(), lang),
        hit.evidence(),
        hit.startYear(),
        hit.lang().equals(lang) ? null : text.get("hit.shownIn." + hit.lang(), lang));
  }
}
