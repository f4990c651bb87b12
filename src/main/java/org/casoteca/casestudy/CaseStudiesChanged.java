package org.casoteca.casestudy;

/** Published after a transaction that changed what is public; the index catches up on it. */
public record CaseStudiesChanged(long lastSeq) {}
