package org.casoteca.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Casoteca's controlled vocabularies ({@code content/taxonomy.yml}): collections and their folders,
 * themes, populations, evidence ratings and designs, source types, outcome directions, statuses,
 * scopes and the names of the region's countries, each with Spanish and English labels.
 */
public record Taxonomy(
    Map<String, String> collectionFolders,
    Vocabulary collections,
    Vocabulary themes,
    Vocabulary populations,
    Vocabulary evidenceRatings,
    Vocabulary evidenceDesigns,
    Vocabulary sourceTypes,
    Vocabulary outcomeDirections,
    Vocabulary statuses,
    Vocabulary scopes,
    Vocabulary countries) {

  /** The pseudo-country of case studies that span the region. */
  public static final String REGIONAL = "regional";

  private static final Set<String> ISO_COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  public Taxonomy {
    collectionFolders = Map.copyOf(collectionFolders);
  }

  /** Reads a taxonomy file; a broken one fails with a message saying what is wrong. */
  public static Taxonomy load(java.nio.file.Path file) {
    return TaxonomyLoader.load(file);
  }

  /** The collection whose folder is {@code folder}, e.g. {@code experience} for experiences. */
  public Optional<String> collectionOfFolder(String folder) {
    return collectionFolders.entrySet().stream()
        .filter(e -> e.getValue().equals(folder))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  public String folderOf(String collection) {
    return collectionFolders.get(collection);
  }

  /** True for an ISO 3166-1 alpha-2 code (upper case) or {@code regional}. */
  public boolean isCountry(String code) {
    return REGIONAL.equals(code) || ISO_COUNTRIES.contains(code);
  }

  /** A country's name: the taxonomy's label, else the JDK's name for the code. */
  public String countryLabel(String code, String lang) {
    return countries
        .label(code)
        .map(l -> l.in(lang))
        .orElseGet(() -> new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang)));
  }
}
