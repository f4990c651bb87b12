package org.casoteca.site;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Taxonomy;
import org.casoteca.content.Vocabulary;
import org.casoteca.search.RelatedCaseStudies;
import org.casoteca.web.NotFoundException;

/** Builds a case study page: the body, the metadata panel, evidence and sources. */
@Singleton
class CaseStudyPages {

  private static final int RELATED = 5;

  private final CaseStudies caseStudies;
  private final RelatedCaseStudies related;
  private final Taxonomy taxonomy;
  private final SiteText text;

  CaseStudyPages(
      CaseStudies caseStudies, RelatedCaseStudies related, Taxonomy taxonomy, SiteText text) {
    this.caseStudies = caseStudies;
    this.related = related;
    this.taxonomy = taxonomy;
    this.text = text;
  }

  CaseStudyPage build(String lang, String id) {
    PublishedCaseStudy cs =
        caseStudies
            .findPublished(id)
            .orElseThrow(() -> new NotFoundException(text.get("casestudy.notFound", lang)));
    PublishedVersion v = cs.versionOrFallback(lang);
    FrontMatter fm = v.frontMatter();
    boolean otherLanguage = !v.lang().equals(lang);
    String otherVersion =
        cs.languages().size() > 1
            ? "/" + org.casoteca.content.Languages.other(lang) + "/case-studies/" + id
            : null;
    return new CaseStudyPage(
        PageChrome.of(lang, fm.title(), "/case-studies/" + id, ""),
        id,
        fm.title(),
        fm.summary(),
        v.html(),
        v.toc(),
        facts(fm, cs.collection(), lang),
        taxonomy.evidenceRatings().label(fm.evidence().rating(), lang),
        fm.evidence().rating(),
        fm.evidence().design() == null
            ? null
            : taxonomy.evidenceDesigns().label(fm.evidence().design(), lang),
        fm.evidence().design(),
        fm.evidence().outcomes().stream()
            .map(
                o ->
                    new OutcomeView(
                        o.name(),
                        taxonomy.outcomeDirections().label(o.direction(), lang),
                        taxonomy.evidenceRatings().label(o.rating(), lang),
                        o.rating(),
                        o.source(),
                        sourceTitle(fm, o.source())))
            .toList(),
        fm.sources(),
        fm.updated().toString(),
        fm.license(),
        otherLanguage,
        otherVersion,
        related.find(id, lang, RELATED));
  }

  private static String sourceTitle(FrontMatter fm, String url) {
    return fm.sources().stream()
        .filter(s -> s.url().equals(url))
        .map(s -> s.title())
        .findFirst()
        .orElse(url);
  }

  private List<Fact> facts(FrontMatter fm, String collection, String lang) {
    List<Fact> facts = new ArrayList<>();
    add(
        facts,
        "collection",
        List.of(
            searchLink(
                lang, "collection", collection, taxonomy.collections().label(collection, lang))),
        lang);
    add(
        facts,
        "countries",
        fm.countries().stream()
            .map(c -> searchLink(lang, "country", c, taxonomy.countryLabel(c, lang)))
            .toList(),
        lang);
    add(facts, "themes", linked(lang, "theme", fm.themes(), taxonomy.themes()), lang);
    add(
        facts,
        "populations",
        linked(lang, "population", fm.populations(), taxonomy.populations()),
        lang);
    add(facts, "aliases", plain(fm.aliases()), lang);
    add(facts, "years", plain(years(fm)), lang);
    add(facts, "status", plain(label(fm.status(), taxonomy.statuses(), lang)), lang);
    add(facts, "scope", plain(label(fm.scope(), taxonomy.scopes(), lang)), lang);
    add(
        facts,
        "leadAgency",
        plain(fm.leadAgency() == null ? List.of() : List.of(fm.leadAgency())),
        lang);
    add(facts, "partners", plain(fm.partners()), lang);
    add(facts, "funders", plain(fm.funders()), lang);
    add(facts, "sdgTargets", plain(fm.sdgTargets()), lang);
    return facts;
  }

  private void add(List<Fact> facts, String key, List<Link> values, String lang) {
    if (!values.isEmpty()) {
      facts.add(new Fact(text.get("casestudy.fact." + key, lang), values));
    }
  }

  private static Link searchLink(String lang, String facet, String value, String label) {
    return new Link(
        label,
        "/" + lang + "/search?" + facet + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
        0,
        false);
  }

  private static List<Link> linked(
      String lang, String facet, List<String> slugs, Vocabulary vocabulary) {
    return slugs.stream().map(s -> searchLink(lang, facet, s, vocabulary.label(s, lang))).toList();
  }

  private static List<Link> plain(List<String> values) {
    return values.stream().map(v -> new Link(v, null, 0, false)).toList();
  }

  private static List<String> years(FrontMatter fm) {
    if (fm.startYear() == null) {
      return List.of();
    }
    return List.of(
        fm.endYear() == null ? fm.startYear() + "–" : fm.startYear() + "–" + fm.endYear());
  }

  private static List<String> label(String slug, Vocabulary vocabulary, String lang) {
    return slug == null ? List.of() : List.of(vocabulary.label(slug, lang));
  }
}
