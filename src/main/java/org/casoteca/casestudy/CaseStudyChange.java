package org.casoteca.casestudy;

/** One entry of the change log: the case study whose public state changed at {@code seq}. */
public record CaseStudyChange(long seq, String caseStudyId) {}
