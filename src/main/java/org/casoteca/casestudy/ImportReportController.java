package org.casoteca.casestudy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The report of the last import of the content folder. */
@Controller("/api/import-report")
class ImportReportController {

  private final ContentImporter importer;

  ImportReportController(ContentImporter importer) {
    this.importer = importer;
  }

  @Get
  ImportReport report() {
    return importer.lastReport();
  }
}
