package org.casoteca.opendata;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.Taxonomy;

/**
 * The bulk downloads: all published case studies as JSON, as a metadata CSV and as a ZIP of their
 * Markdown. Built on request from the database, a page of case studies at a time.
 */
@Singleton
class OpenData {

  static final String LICENSE_TEXT =
      """
      Casoteca: citizen-security case studies of Central America and the Dominican Republic

      The case studies are published under the Creative Commons Attribution 4.0 International
      licence (CC BY 4.0), unless a case study names another licence in its `license` field:
      https://creativecommons.org/licenses/by/4.0/legalcode

      You may share and adapt them for any purpose, if you give appropriate credit
      ("Casoteca", the case study title and its address), link to the licence and say whether
      you made changes. Each case study lists the public sources its facts come from; those
      sources keep their own licences.
      """;

  private static final int PAGE = 200;

  private final CaseStudies caseStudies;
  private final Taxonomy taxonomy;
  private final JsonMapper json;

  OpenData(CaseStudies caseStudies, Taxonomy taxonomy, JsonMapper json) {
    this.caseStudies = caseStudies;
    this.taxonomy = taxonomy;
    this.json = json;
  }

  byte[] json(String base) {
    List<OpenCaseStudy> all = new ArrayList<>();
    caseStudies.forEachPublished(
        PAGE, batch -> batch.forEach(cs -> all.add(OpenCaseStudy.of(cs, base))));
    try {
      return json.writeValueAsBytes(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] dataPackage(String base) {
    try {
      return json.writeValueAsBytes(DataPackage.of(base));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: every field quoted, quotes doubled, CRLF line ends, a header row. */
  String csv(String base) {
    StringBuilder out = new StringBuilder();
    row(out, CsvColumn.ALL.stream().map(CsvColumn::name).toList());
    caseStudies.forEachPublished(
        PAGE,
        batch -> {
          for (PublishedCaseStudy cs : batch) {
            for (PublishedVersion v : cs.versions()) {
              CsvColumn.Row r =
                  new CsvColumn.Row(
                      cs.id(),
                      v.lang(),
                      cs.collection(),
                      base + "/" + v.lang() + "/case-studies/" + cs.id(),
                      v.frontMatter());
              row(out, CsvColumn.ALL.stream().map(c -> c.value().apply(r)).toList());
            }
          }
        });
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",")
          .append('"')
          .append(fields.get(i).replace("\"", "\"\""))
          .append('"');
    }
    out.append("\r\n");
  }

  /** The Markdown files in the content folder layout, with the licence. */
  byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "LICENSE.txt", LICENSE_TEXT);
      IOException[] failure = {null};
      caseStudies.forEachPublished(
          PAGE,
          batch -> {
            for (PublishedCaseStudy cs : batch) {
              String folder = taxonomy.folderOf(cs.collection());
              // Entry names come from validated ids only, never from text a user chose freely.
              if (folder == null || !CaseStudyFileName.isValidId(cs.id())) {
                continue;
              }
              for (PublishedVersion v : cs.versions()) {
                try {
                  entry(zip, folder + "/" + cs.id() + "." + v.lang() + ".md", v.markdown());
                } catch (IOException e) {
                  failure[0] = e;
                }
              }
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
