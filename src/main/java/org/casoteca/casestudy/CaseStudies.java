package org.casoteca.casestudy;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads what is public, and the change log that the search index follows. */
@Singleton
public class CaseStudies {

  private final CaseStudyRepository caseStudies;
  private final TranslationRepository translations;
  private final ChangeLogRepository changeLog;
  private final StoredJson json;

  CaseStudies(
      CaseStudyRepository caseStudies,
      TranslationRepository translations,
      ChangeLogRepository changeLog,
      StoredJson json) {
    this.caseStudies = caseStudies;
    this.translations = translations;
    this.changeLog = changeLog;
    this.json = json;
  }

  public Optional<PublishedCaseStudy> findPublished(String id) {
    return findPublished(List.of(id)).stream().findFirst();
  }

  /** The public case studies among {@code ids}; unknown or withdrawn ones are left out. */
  public List<PublishedCaseStudy> findPublished(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, String> collections = new LinkedHashMap<>();
    caseStudies
        .findByIdInAndPublishedTrue(ids)
        .forEach(cs -> collections.put(cs.id(), cs.collection()));
    Map<String, List<PublishedVersion>> versions = new LinkedHashMap<>();
    for (TranslationRow row :
        translations.findByCaseStudyIdInAndPublishedTrue(collections.keySet())) {
      versions.computeIfAbsent(row.caseStudyId(), k -> new ArrayList<>()).add(toVersion(row));
    }
    List<PublishedCaseStudy> result = new ArrayList<>();
    versions.forEach(
        (id, list) -> result.add(new PublishedCaseStudy(id, collections.get(id), list)));
    return result;
  }

  /** Hands every public case study to {@code batch}, a page at a time, in id order. */
  public void forEachPublished(int pageSize, Consumer<List<PublishedCaseStudy>> batch) {
    String after = "";
    while (true) {
      List<CaseStudyRow> page =
          caseStudies.findByIdGreaterThanAndPublishedTrue(
              after, Pageable.from(0, pageSize, Sort.of(Sort.Order.asc("id"))));
      if (page.isEmpty()) {
        return;
      }
      batch.accept(findPublished(page.stream().map(CaseStudyRow::id).toList()));
      after = page.get(page.size() - 1).id();
    }
  }

  public List<CaseStudyChange> changesAfter(long seq, int limit) {
    return changeLog
        .findBySeqGreaterThan(seq, Pageable.from(0, limit, Sort.of(Sort.Order.asc("seq"))))
        .stream()
        .map(c -> new CaseStudyChange(c.seq(), c.caseStudyId()))
        .toList();
  }

  public long lastChangeSeq() {
    return changeLog.lastSeq();
  }

  private PublishedVersion toVersion(TranslationRow row) {
    return new PublishedVersion(
        row.lang(),
        json.frontMatter(row.metadata()),
        row.markdown(),
        row.html(),
        row.plainText(),
        json.headings(row.toc()),
        row.updatedAt());
  }
}
