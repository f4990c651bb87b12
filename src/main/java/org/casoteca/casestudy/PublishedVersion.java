package org.casoteca.casestudy;

import java.time.Instant;
import java.util.List;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Heading;

/** A public language version of a case study, as stored. */
public record PublishedVersion(
    String lang,
    FrontMatter frontMatter,
    String markdown,
    String html,
    String plainText,
    List<Heading> toc,
    Instant updatedAt) {}
