package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.casoteca.casestudy.RelatedCaseStudy;
import org.casoteca.content.CaseStudySource;
import org.casoteca.content.Heading;

/**
 * A case study page: the sanitized body, its table of contents, the metadata panel, the evidence
 * rating with outcomes, the sources, and the other language version when there is one.
 */
@Introspected
public record CaseStudyPage(
    PageChrome chrome,
    String id,
    String title,
    String summary,
    String html,
    List<Heading> toc,
    List<Fact> facts,
    String evidenceRating,
    String evidenceSlug,
    @Nullable String evidenceDesign,
    @Nullable String evidenceDesignSlug,
    List<OutcomeView> outcomes,
    List<CaseStudySource> sources,
    String updated,
    String license,
    boolean shownInOtherLanguage,
    @Nullable String otherVersionHref,
    List<RelatedCaseStudy> related) {}
