package org.casoteca.casestudy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TranslationRepository extends CrudRepository<TranslationRow, Long> {

  Optional<TranslationRow> findByCaseStudyIdAndLang(String caseStudyId, String lang);

  List<TranslationRow> findByCaseStudyIdAndPublishedTrue(String caseStudyId);

  List<TranslationRow> findByCaseStudyIdInAndPublishedTrue(Collection<String> caseStudyIds);

  List<TranslationRow> findByCaseStudyId(String caseStudyId);

  /** What the content folder last imported, without the heavy text columns. */
  @Query(
      "SELECT case_study_id, lang, source_path, content_hash, render_version, published"
          + " FROM case_study_translation"
          + " WHERE origin = 'content'")
  List<ImportedFile> listImportedFiles();

  /** Language versions the review workflow owns: the content folder must not overwrite them. */
  @Query(
      "SELECT case_study_id, lang, source_path, content_hash, render_version, published"
          + " FROM case_study_translation"
          + " WHERE origin = 'submission'")
  List<ImportedFile> listSubmissionOwned();
}
