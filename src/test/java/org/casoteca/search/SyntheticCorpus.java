package org.casoteca.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Heading;
import org.casoteca.content.MarkdownRenderer;
import org.casoteca.content.RenderedBody;

/**
 * A large synthetic corpus built from the bundled one, for benchmarks. Case study {@code i} is a
 * pure function of the seed and {@code i}, so it is generated on demand (100,000 case studies with
 * their HTML would not fit comfortably in memory): the front matter of a random real case study
 * with a numbered title, countries, themes, populations, evidence and start year each taken from
 * another random real case study (so they follow the real distributions), and a body of 600-900
 * words made of blocks sampled from the real bodies of the same language. About 10% of the case
 * studies have only one language version.
 */
final class SyntheticCorpus {

  static final long SEED = 20240601L;

  private final List<PublishedCaseStudy> real;
  private final Map<String, List<Block>> blocks;
  private final int size;
  private final long seed;

  /** A block of a real body (paragraph, heading, list, table) with its rendering. */
  record Block(String markdown, String html, String plainText, int words, List<Heading> headings) {}

  SyntheticCorpus(int size) {
    this(size, SEED);
  }

  SyntheticCorpus(int size, long seed) {
    this.real = Corpus.bundled();
    this.size = size;
    this.seed = seed;
    MarkdownRenderer renderer = new MarkdownRenderer();
    this.blocks = Map.of("es", blocksOf(renderer, "es"), "en", blocksOf(renderer, "en"));
  }

  int size() {
    return size;
  }

  List<PublishedCaseStudy> real() {
    return real;
  }

  private List<Block> blocksOf(MarkdownRenderer renderer, String lang) {
    List<Block> result = new ArrayList<>();
    for (PublishedCaseStudy cs : real) {
      cs.version(lang)
          .ifPresent(
              v -> {
                for (String md : v.markdown().split("\\n\\s*\\n")) {
                  if (md.isBlank()) {
                    continue;
                  }
                  RenderedBody body = renderer.render(md.strip());
                  int words =
                      body.plainText().isBlank() ? 0 : body.plainText().split("\\s+").length;
                  if (words > 0) {
                    result.add(
                        new Block(
                            md.strip(), body.html(), body.plainText(), words, body.headings()));
                  }
                }
              });
    }
    return List.copyOf(result);
  }

  /** Case study number {@code i} (0-based), always the same for the same seed. */
  PublishedCaseStudy caseStudy(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    PublishedCaseStudy template = pick(random);
    FrontMatter facts = template.versions().get(0).frontMatter();
    FrontMatter countries = pick(random).versions().get(0).frontMatter();
    FrontMatter themes = pick(random).versions().get(0).frontMatter();
    FrontMatter populations = pick(random).versions().get(0).frontMatter();
    FrontMatter evidence = pick(random).versions().get(0).frontMatter();
    FrontMatter years = pick(random).versions().get(0).frontMatter();
    LocalDate updated = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(13 * 365));
    boolean keepAliases = random.nextInt(5) == 0;
    int languages = random.nextInt(20); // 0: Spanish only, 1: English only, else both
    String id = template.id() + "-" + (i + 1);
    List<PublishedVersion> versions = new ArrayList<>(2);
    for (PublishedVersion v : template.versions()) {
      if ((languages == 0 && !v.lang().equals("es"))
          || (languages == 1 && !v.lang().equals("en"))) {
        continue;
      }
      FrontMatter fm = v.frontMatter();
      FrontMatter synthetic =
          new FrontMatter(
              fm.title() + " (" + (i + 1) + ")",
              fm.summary(),
              facts.collection(),
              countries.countries(),
              themes.themes(),
              populations.populations(),
              keepAliases ? fm.aliases() : List.of(),
              years.startYear(),
              years.endYear(),
              fm.status(),
              fm.leadAgency(),
              fm.partners(),
              fm.funders(),
              fm.scope(),
              evidence.evidence(),
              fm.sdgTargets(),
              fm.sources(),
              updated,
              fm.license());
      versions.add(body(random, v.lang(), synthetic, updated));
    }
    return new PublishedCaseStudy(id, template.collection(), versions);
  }

  private PublishedVersion body(
      SplittableRandom random, String lang, FrontMatter fm, LocalDate updated) {
    List<Block> pool = blocks.get(lang);
    int target = 600 + random.nextInt(301);
    StringBuilder markdown = new StringBuilder();
    StringBuilder html = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    List<Heading> headings = new ArrayList<>();
    int words = 0;
    while (words < target) {
      Block block = pool.get(random.nextInt(pool.size()));
      if (words + block.words() > 900 && words >= 600) {
        break;
      }
      markdown.append(markdown.isEmpty() ? "" : "\n\n").append(block.markdown());
      html.append(block.html());
      plain.append(plain.isEmpty() ? "" : "\n\n").append(block.plainText());
      headings.addAll(block.headings());
      words += block.words();
    }
    return new PublishedVersion(
        lang,
        fm,
        markdown.toString(),
        html.toString(),
        plain.toString(),
        headings,
        updated.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
  }

  private PublishedCaseStudy pick(SplittableRandom random) {
    return real.get(random.nextInt(real.size()));
  }

  /** Case studies {@code from} (inclusive) to {@code to} (exclusive). */
  List<PublishedCaseStudy> range(int from, int to) {
    List<PublishedCaseStudy> list = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      list.add(caseStudy(i));
    }
    return list;
  }

  /** Hands the whole corpus to {@code consumer} in batches of {@code batchSize}. */
  void forEachBatch(int batchSize, Consumer<List<PublishedCaseStudy>> consumer) {
    for (int from = 0; from < size; from += batchSize) {
      consumer.accept(range(from, Math.min(size, from + batchSize)));
    }
  }
}
