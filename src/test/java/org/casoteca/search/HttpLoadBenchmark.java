package org.casoteca.search;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.casoteca.casestudy.PublishedCaseStudy;

/**
 * HTTP load at a fixed rate against the application holding the synthetic corpus (100,000 case
 * studies unless {@code -Dbench.size}): the app starts on a random port of 127.0.0.1 against the
 * benchmark H2 database (filled first if needed) with an empty index folder, so it rebuilds the
 * index from the database; then an open-loop generator sends 200 requests/s for {@code
 * bench.seconds} (30) at each rate of {@code bench.rates} (200), after a 10 s warm-up: 70% API
 * searches, 20% search pages, 10% autocomplete. Requests leave at fixed 5 ms intervals whatever the
 * responses, and latency counts from the scheduled send time, so a stalled server is not hidden (no
 * coordinated omission). Run with {@code ./mvnw -Pbench test-compile exec:exec
 * -Dbench=HttpLoadBenchmark}.
 */
public final class HttpLoadBenchmark {

  private static final int WARM_UP_SECONDS = 10;

  private HttpLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int size = Integer.getInteger("bench.size", 100_000);
    int seconds = Integer.getInteger("bench.seconds", 30);
    System.out.printf(
        Locale.ROOT,
        "HttpLoadBenchmark: %d case studies, %s req/s for %d s each, %d cores; %s%n",
        size,
        System.getProperty("bench.rates", "200"),
        seconds,
        Runtime.getRuntime().availableProcessors(),
        Latencies.load());
    SyntheticCorpus corpus = new SyntheticCorpus(size);
    BenchDatabase.ensure(corpus);
    Path index = Path.of("target/bench/http-index");
    if (!Boolean.getBoolean("bench.keepIndex")) {
      IndexBenchmark.deleteRecursively(index);
    }
    Map<String, Object> properties = BenchDatabase.properties(index);
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    long t0 = System.nanoTime();
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
      IndexStatus status = server.getApplicationContext().getBean(IndexFollower.class).status();
      System.out.printf(
          Locale.ROOT,
          "start-up: %.1f s (%d case studies; %s); %s%n",
          (System.nanoTime() - t0) / 1e9,
          status.documents(),
          status.rebuilds() == 0
              ? "index resumed, no rebuild"
              : String.format(
                  Locale.ROOT,
                  "rebuilt from the database in %.1f s = %.0f/s",
                  status.lastRebuildMillis() / 1e3,
                  status.documents() / (status.lastRebuildMillis() / 1e3)),
          Latencies.load());
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String base = "http://127.0.0.1:" + server.getPort();
      awaitAutocomplete(client, base);
      List<URI> requests = requests(base, corpus.real());
      // Rates go up, so that an overloaded run's backlog cannot spoil the next one.
      List<Integer> rates =
          java.util.Arrays.stream(System.getProperty("bench.rates", "200").split(","))
              .map(r -> Integer.parseInt(r.strip()))
              .sorted()
              .toList();
      run(client, requests, rates.get(0), WARM_UP_SECONDS, "warm-up");
      for (int rate : rates) {
        if (!run(client, requests, rate, seconds, "measured")) {
          System.out.println("overloaded: higher rates skipped");
          break;
        }
      }
    }
  }

  /** The autocomplete is built in the background after the rebuild; wait until it answers. */
  private static void awaitAutocomplete(HttpClient client, String base) throws Exception {
    long t0 = System.nanoTime();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/api/suggest?q=viol")).build();
    while (!client.send(probe, HttpResponse.BodyHandlers.ofString()).body().contains("label")) {
      if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(3)) {
        throw new IllegalStateException("the autocomplete did not come up within 3 minutes");
      }
      Thread.sleep(200);
    }
    System.out.printf(
        Locale.ROOT, "autocomplete ready %.1f s later%n", (System.nanoTime() - t0) / 1e9);
  }

  /** 70% API searches, 20% search pages, 10% autocomplete prefixes, interleaved. */
  private static List<URI> requests(String base, List<PublishedCaseStudy> real) {
    List<QueryMix.Search> mix = QueryMix.of(real, 200, 11);
    List<String> prefixes = new ArrayList<>();
    for (PublishedCaseStudy cs : real) {
      for (String word : cs.versions().get(0).frontMatter().title().split("\\s+")) {
        if (word.length() >= 4) {
          prefixes.add(word.substring(0, 2 + prefixes.size() % 3));
        }
      }
    }
    List<URI> uris = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      QueryMix.Search s = mix.get(i % mix.size());
      int kind = i % 10;
      String path;
      if (kind < 7) {
        path = "/api/case-studies?" + s.queryString();
      } else if (kind < 9) {
        path = "/" + s.lang() + "/search?" + s.queryString();
      } else {
        String prefix = prefixes.get(i % prefixes.size());
        path = "/api/suggest?lang=es&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
      }
      uris.add(URI.create(base + path));
    }
    return uris;
  }

  /** One open-loop run; returns false when it overloaded the server (errors or timeouts). */
  private static boolean run(HttpClient client, List<URI> uris, int rate, int seconds, String label)
      throws Exception {
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    int total = rate * seconds;
    Latencies latencies = new Latencies();
    Map<String, Latencies> byKind = new java.util.TreeMap<>();
    for (String kind : List.of("api", "page", "suggest")) {
      byKind.put(kind, new Latencies());
    }
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait;
      while ((wait = scheduled - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      URI uri = uris.get(i % uris.size());
      Latencies kind = byKind.get(kindOf(uri));
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
      inFlight.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .whenComplete(
                  (response, failure) -> {
                    long latency = System.nanoTime() - scheduled;
                    latencies.add(latency);
                    kind.add(latency);
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  }));
    }
    long sent = System.nanoTime();
    try {
      CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // counted as errors above
    } catch (java.util.concurrent.TimeoutException e) {
      errors.addAndGet(total - latencies.count());
    }
    double elapsed = (sent - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s at %d req/s: %d requests sent in %.1f s = %.1f req/s; errors %d; %s; %s%n",
        label,
        rate,
        total,
        elapsed,
        total / elapsed,
        errors.get(),
        latencies.summary(),
        Latencies.load());
    byKind.forEach((kind, l) -> System.out.println("    " + kind + ": " + l.summary()));
    return errors.get() == 0;
  }

  private static String kindOf(URI uri) {
    String path = uri.getPath();
    return path.startsWith("/api/suggest") ? "suggest" : path.startsWith("/api/") ? "api" : "page";
  }
}
