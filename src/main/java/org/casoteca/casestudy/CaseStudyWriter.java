package org.casoteca.casestudy;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.MarkdownRenderer;

/**
 * Every write that changes what is public: the case study, its language version and a change-log
 * row, in one transaction. Each write first takes the change-log head's row lock, so writers are
 * serialised: two first publications of one id cannot race, and sequences commit in order.
 */
@Singleton
public class CaseStudyWriter {

  static final String PUBLISH = "publish";
  static final String UNPUBLISH = "unpublish";

  private final CaseStudyRepository caseStudies;
  private final TranslationRepository translations;
  private final ChangeLogRepository changeLog;
  private final StoredJson json;
  private final ApplicationEventPublisher<CaseStudiesChanged> events;

  CaseStudyWriter(
      CaseStudyRepository caseStudies,
      TranslationRepository translations,
      ChangeLogRepository changeLog,
      StoredJson json,
      ApplicationEventPublisher<CaseStudiesChanged> events) {
    this.caseStudies = caseStudies;
    this.translations = translations;
    this.changeLog = changeLog;
    this.json = json;
    this.events = events;
  }

  /** Stores {@code version} as the public text of its language; returns the change's sequence. */
  @Transactional
  public long publish(NewVersion version) {
    return publish(version, false);
  }

  /**
   * Stores {@code version} as the public text of its language; with {@code firstVersion}, throws
   * {@link AlreadyPublishedException} when that language is public already. Checked under the
   * head's lock, so that of two first publications one wins and the other is refused.
   */
  @Transactional
  public long publish(NewVersion version, boolean firstVersion) {
    changeLog.advanceHead();
    if (firstVersion
        && translations
            .findByCaseStudyIdAndLang(version.caseStudyId(), version.lang())
            .filter(TranslationRow::published)
            .isPresent()) {
      throw new AlreadyPublishedException(version.caseStudyId(), version.lang());
    }
    Instant now = Instant.now();
    FrontMatter fm = version.parsed().frontMatter();
    String id = version.caseStudyId();
    Optional<CaseStudyRow> existing = caseStudies.findById(id);
    CaseStudyRow row =
        new CaseStudyRow(
            id, fm.collection(), true, existing.map(CaseStudyRow::createdAt).orElse(now), now);
    if (existing.isPresent()) {
      caseStudies.update(row);
    } else {
      caseStudies.save(row);
    }
    Long translationId =
        translations
            .findByCaseStudyIdAndLang(id, version.lang())
            .map(TranslationRow::id)
            .orElse(null);
    TranslationRow translation = toRow(translationId, version, now);
    if (translationId == null) {
      translations.save(translation);
    } else {
      translations.update(translation);
    }
    return appendChange(id, PUBLISH, now);
  }

  /** Withdraws one language version; the case study stays public while another version is. */
  @Transactional
  public Optional<Long> unpublish(String caseStudyId, String lang) {
    Optional<TranslationRow> translation = translations.findByCaseStudyIdAndLang(caseStudyId, lang);
    if (translation.isEmpty() || !translation.get().published()) {
      return Optional.empty();
    }
    changeLog.advanceHead();
    Instant now = Instant.now();
    translations.update(translation.get().withPublished(false, now));
    boolean stillPublic = !translations.findByCaseStudyIdAndPublishedTrue(caseStudyId).isEmpty();
    caseStudies
        .findById(caseStudyId)
        .ifPresent(
            cs ->
                caseStudies.update(
                    new CaseStudyRow(cs.id(), cs.collection(), stillPublic, cs.createdAt(), now)));
    return Optional.of(appendChange(caseStudyId, UNPUBLISH, now));
  }

  private TranslationRow toRow(Long id, NewVersion v, Instant now) {
    FrontMatter fm = v.parsed().frontMatter();
    return new TranslationRow(
        id,
        v.caseStudyId(),
        v.lang(),
        v.origin().column(),
        v.sourcePath(),
        v.contentHash(),
        v.parsed().markdown(),
        fm.title(),
        fm.summary(),
        json.write(fm),
        v.parsed().body().html(),
        v.parsed().body().plainText(),
        json.write(v.parsed().body().headings()),
        MarkdownRenderer.VERSION,
        true,
        now);
  }

  /**
   * Call after {@code advanceHead()} opened the transaction: the head row is locked until commit.
   */
  private long appendChange(String caseStudyId, String kind, Instant now) {
    long seq = changeLog.head();
    changeLog.save(new ChangeRow(seq, caseStudyId, kind, now));
    events.publishEvent(new CaseStudiesChanged(seq));
    return seq;
  }
}
