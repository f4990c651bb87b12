package org.casoteca.search;

import java.time.LocalDate;
import java.util.List;

/** A published case study as a listing needs it: id, languages and the date of its last review. */
public record CatalogueEntry(String id, List<String> languages, LocalDate updated) {}
