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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.account.Accounts;
import org.casoteca.casestudy.PublishedCaseStudy;

/**
 * HTTP load at a fixed rate against the application holding the synthetic corpus (100,000 case
 * studies unless {@code -Dbench.size}): the app starts on a random port of 127.0.0.1 against the
 * benchmark H2 database (filled first if needed) with an empty index folder, so it rebuilds the
 * index from the database; then an open-loop generator sends 200 requests/s for {@code
 * bench.seconds} (30) at each rate of {@code bench.rates} (200), after a 10 s warm-up: 70% API
 * searches, 20% search pages, 10% autocomplete. Requests leave at fixed 5 ms intervals whatever the
 * responses, and latency counts from the scheduled send time, so a stalled server is not hidden (no
 * coordinated omission). With {@code -Dbench.mixes=clean,hostile} each rate runs twice: the clean
 * mix, then the same mix with every 20th request (5%) replaced by a hostile one (the search attacks
 * of the security research, deep and huge Markdown previews, junk {@code Accept} and {@code
 * Accept-Language} headers); a hostile request counts as an error only when it gets a 5xx or no
 * answer, and the clean requests' latencies are reported apart. Run with {@code ./mvnw -Pbench
 * test-compile exec:exec -Dbench=HttpLoadBenchmark}.
 */
public final class HttpLoadBenchmark {

  private static final int WARM_UP_SECONDS = 10;

  /** One request of the mix; a hostile one may be refused (4xx) but must never fail (5xx). */
  record Call(String kind, boolean hostile, HttpRequest.Builder request) {

    static Call get(String kind, boolean hostile, URI uri) {
      return new Call(kind, hostile, HttpRequest.newBuilder(uri));
    }

    boolean failed(HttpResponse<?> response) {
      return hostile ? response.statusCode() >= 500 : response.statusCode() != 200;
    }
  }

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
      List<Call> clean = requests(base, corpus.real());
      List<Call> hostile = withHostile(clean, hostileCalls(base, token(server, client, base)));
      List<String> mixes = List.of(System.getProperty("bench.mixes", "clean").split(","));
      // Rates go up, so that an overloaded run's backlog cannot spoil the next one.
      List<Integer> rates =
          java.util.Arrays.stream(System.getProperty("bench.rates", "200").split(","))
              .map(r -> Integer.parseInt(r.strip()))
              .sorted()
              .toList();
      run(client, clean, rates.get(0), WARM_UP_SECONDS, "warm-up");
      for (int rate : rates) {
        boolean kept = true;
        for (String mix : mixes) {
          List<Call> calls = mix.strip().equals("hostile") ? hostile : clean;
          kept &= run(client, calls, rate, seconds, "measured " + mix.strip());
        }
        if (!kept) {
          System.out.println("overloaded or failing: higher rates skipped");
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

  /** A contributor's Bearer token, for the Markdown previews of the hostile mix. */
  private static String token(EmbeddedServer server, HttpClient client, String base)
      throws Exception {
    String email = "bench-" + System.nanoTime() + "@bench.test";
    String password = "correct horse battery";
    server.getApplicationContext().getBean(Accounts.class).register(email, password);
    String body =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token: " + body);
    }
    return m.group(1);
  }

  /** The clean mix with every 20th request replaced by the next hostile one. */
  private static List<Call> withHostile(List<Call> clean, List<Call> hostile) {
    List<Call> mixed = new ArrayList<>(clean);
    for (int i = 19, h = 0; i < mixed.size(); i += 20, h++) {
      mixed.set(i, hostile.get(h % hostile.size()));
    }
    return mixed;
  }

  /** Hostile requests: search attacks, deep and huge Markdown previews, junk headers. */
  static List<Call> hostileCalls(String base, String token) {
    List<Call> calls = new ArrayList<>();
    List<String> queries =
        List.of(
            "(".repeat(5000),
            "/" + "(".repeat(40) + "a" + ")*".repeat(40) + "/",
            "/.*a.{40}/",
            "a* *a* /.*/",
            "a".repeat(36) + "~2",
            String.join(
                " OR ", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "t" + i).toList()),
            String.join(",", java.util.Collections.nCopies(40, "violenica")),
            "\"unterminated",
            "a AND OR b",
            "body:[a TO");
    for (String q : queries) {
      String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
      calls.add(Call.get("hostile", true, URI.create(base + "/api/case-studies?q=" + encoded)));
      calls.add(Call.get("hostile", true, URI.create(base + "/es/search?q=" + encoded)));
    }
    for (String params :
        List.of("page=1000000000", "size=-1", "size=2147483647", "page=uno&size=x")) {
      calls.add(
          Call.get("hostile", true, URI.create(base + "/api/case-studies?q=policia&" + params)));
    }
    List<String> markdown =
        List.of(
            "- ".repeat(600) + "x\n",
            "> ".repeat(600) + "x\n",
            "[".repeat(5000) + "x" + "](y)".repeat(5000),
            "# título\n\n".repeat(20_000),
            "<script>alert(1)</script>\n[a](java&#115;cript:alert(1))\n<img src=x onerror=alert(1)>\n");
    for (String body : markdown) {
      calls.add(
          new Call(
              "hostile",
              true,
              HttpRequest.newBuilder(URI.create(base + "/api/preview?lang=es"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "text/markdown")
                  .POST(HttpRequest.BodyPublishers.ofString(body))));
    }
    URI search = URI.create(base + "/api/case-studies?q=policia");
    URI page = URI.create(base + "/es/search?q=policia");
    String manyTags =
        String.join(
            ",",
            java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> "x-" + Integer.toString(i, 36))
                .toList());
    for (URI uri : List.of(search, page)) {
      for (String[] header :
          List.of(
              new String[] {"Accept-Language", ","},
              new String[] {"Accept-Language", "en,;"},
              new String[] {"Accept-Language", manyTags},
              new String[] {"Accept", "text/xml"},
              new String[] {"Accept", "image/png"})) {
        calls.add(
            new Call("hostile", true, HttpRequest.newBuilder(uri).header(header[0], header[1])));
      }
    }
    // A fixed shuffle, so that the first few hostile slots of a short run already mix every kind.
    java.util.Collections.shuffle(calls, new java.util.Random(8));
    return calls;
  }

  /** 70% API searches, 20% search pages, 10% autocomplete prefixes, interleaved. */
  private static List<Call> requests(String base, List<PublishedCaseStudy> real) {
    List<QueryMix.Search> mix = QueryMix.of(real, 200, 11);
    List<String> prefixes = new ArrayList<>();
    for (PublishedCaseStudy cs : real) {
      for (String word : cs.versions().get(0).frontMatter().title().split("\\s+")) {
        if (word.length() >= 4) {
          prefixes.add(word.substring(0, 2 + prefixes.size() % 3));
        }
      }
    }
    List<Call> calls = new ArrayList<>();
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
      URI uri = URI.create(base + path);
      calls.add(Call.get(kindOf(uri), false, uri));
    }
    return calls;
  }

  /** One open-loop run; returns false when it overloaded the server (errors or timeouts). */
  private static boolean run(
      HttpClient client, List<Call> calls, int rate, int seconds, String label) throws Exception {
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    int total = rate * seconds;
    Latencies latencies = new Latencies();
    Latencies clean = new Latencies();
    Map<String, Latencies> byKind = new java.util.TreeMap<>();
    for (String kind : List.of("api", "page", "suggest", "hostile")) {
      byKind.put(kind, new Latencies());
    }
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger hostileErrors = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait;
      while ((wait = scheduled - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      Call call = calls.get(i % calls.size());
      Latencies kind = byKind.get(call.kind());
      HttpRequest request = call.request().copy().timeout(Duration.ofSeconds(10)).build();
      inFlight.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .whenComplete(
                  (response, failure) -> {
                    long latency = System.nanoTime() - scheduled;
                    latencies.add(latency);
                    kind.add(latency);
                    if (!call.hostile()) {
                      clean.add(latency);
                    }
                    if (failure != null || call.failed(response)) {
                      errors.incrementAndGet();
                      if (call.hostile()) {
                        hostileErrors.incrementAndGet();
                      }
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
        "%s at %d req/s: %d requests sent in %.1f s = %.1f req/s; errors %d (hostile %d); %s; %s%n",
        label,
        rate,
        total,
        elapsed,
        total / elapsed,
        errors.get(),
        hostileErrors.get(),
        latencies.summary(),
        Latencies.load());
    System.out.println("    clean requests: " + clean.summary());
    byKind.forEach(
        (kind, l) -> {
          if (l.count() > 0) {
            System.out.println("    " + kind + ": " + l.summary());
          }
        });
    return errors.get() == 0;
  }

  private static String kindOf(URI uri) {
    String path = uri.getPath();
    return path.startsWith("/api/suggest") ? "suggest" : path.startsWith("/api/") ? "api" : "page";
  }
}
