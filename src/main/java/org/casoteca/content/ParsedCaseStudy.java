package org.casoteca.content;

/** One valid language version of a case study: its metadata, Markdown source and rendering. */
public record ParsedCaseStudy(FrontMatter frontMatter, String markdown, RenderedBody body) {}
