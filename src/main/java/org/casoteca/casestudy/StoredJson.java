package org.casoteca.casestudy;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Heading;

/** The JSON form of the derived columns (metadata, table of contents). */
@Singleton
class StoredJson {

  private static final Argument<List<Heading>> HEADINGS = Argument.listOf(Heading.class);

  private final JsonMapper json;

  StoredJson(JsonMapper json) {
    this.json = json;
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FrontMatter frontMatter(String value) {
    return read(value, Argument.of(FrontMatter.class));
  }

  List<Heading> headings(String value) {
    return read(value, HEADINGS);
  }

  private <T> T read(String value, Argument<T> type) {
    try {
      return json.readValue(value, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
