package fr.interieur.cls.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.demo.dataset.DemoData;
import fr.interieur.cls.demo.script.History;
import fr.interieur.cls.demo.script.Step;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Loads the demo data set through the command API:
 * <pre>
 * java -jar demo/target/demo-*.jar --command-url=http://localhost:8081 [--secret=…] [--query-url=http://localhost:8082]
 * </pre>
 * The secret is the one the services check tokens with: {@code --secret}, else {@code CLS_JWT_SECRET}, else the
 * {@code data/jwt-secret} that {@code bin/run} keeps. Running it again appends nothing. Exit status: 0 loaded,
 * 1 a command was refused (its problem body is printed), 2 wrong arguments, 3 a service did not answer.
 */
public final class DemoLoader {

    /** Where to send the data set and how to sign tokens. */
    public record Options(String commandUrl, String queryUrl, String secret) {
    }

    /**
     * What a run did: commands sent, how many the command side answered from its idempotency store (when it could
     * be read), contracts and districts in the data set, the position of the last event, and the national
     * dashboard when the query side was given.
     */
    public record Summary(int sent, OptionalLong replayed, int contracts, int districts, long lastPosition,
                          JsonNode dashboard) {
    }

    private DemoLoader() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar demo.jar --command-url=http://localhost:8081 [--secret=…] "
                               + "[--query-url=http://localhost:8082]");
            System.exit(2);
            return;
        }
        try {
            load(options, System.out);
        } catch (Refused refused) {
            System.err.println("Refused: " + refused.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }

    /**
     * Sends the whole data set; stops at the first refusal. Départements are independent (a commune, a district, a
     * contract belong to one), so each is sent by its own thread, its commands in the order things happened there.
     */
    public static Summary load(Options options, PrintStream out) {
        History history = DemoData.history();
        Tokens tokens = new Tokens(options.secret(), Clock.systemUTC());
        CommandApi commands = new CommandApi(options.commandUrl(), tokens);
        OptionalLong replayedBefore = commands.replayedSoFar();
        List<Step> steps = history.inOrder();
        Map<String, List<Step>> byDepartement = steps.stream().collect(
                Collectors.groupingBy(step -> step.actor().departement(), LinkedHashMap::new, Collectors.toList()));
        out.printf("Loading %d commands (%s) into %s …%n", steps.size(), String.join(", ", byDepartement.keySet()),
                   CommandApi.apiRoot(options.commandUrl()));
        AtomicInteger sent = new AtomicInteger();
        AtomicLong lastPosition = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(byDepartement.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Step> departement : byDepartement.values()) {
                running.add(senders.submit(() -> {
                    for (Step step : departement) {
                        if (stop.get()) {
                            return;
                        }
                        try {
                            CommandApi.Answer answer = commands.send(step);
                            lastPosition.accumulateAndGet(answer.position(), Math::max);
                        } catch (RuntimeException e) {
                            stop.set(true);
                            throw e;
                        }
                        int done = sent.incrementAndGet();
                        if (done % 200 == 0) {
                            out.printf("  %d/%d%n", done, steps.size());
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                await(future);
            }
        } finally {
            senders.shutdownNow();
        }
        OptionalLong replayedAfter = commands.replayedSoFar();
        OptionalLong replayed = replayedBefore.isPresent() && replayedAfter.isPresent()
                ? OptionalLong.of(replayedAfter.getAsLong() - replayedBefore.getAsLong()) : OptionalLong.empty();
        int contracts = count(steps, "/contracts");
        int districts = count(steps, "/districts");
        out.printf("Sent %d commands: %s; %d contracts, %d police districts; last event position %d.%n", sent.get(),
                   replayed.isPresent() ? (sent.get() - replayed.getAsLong()) + " appended, " + replayed.getAsLong()
                                          + " replayed (already loaded)" : "replays not counted (no metrics)",
                   contracts, districts, lastPosition.get());
        JsonNode dashboard = null;
        if (options.queryUrl() != null) {
            dashboard = new QueryApi(options.queryUrl(), tokens).nationalDashboard(lastPosition.get());
            JsonNode counts = dashboard.path("contracts");
            out.printf("National dashboard as of %s: %d signed, %d in preparation, %d ended; population covered by "
                       + "signed contracts %d; flags %s.%n", dashboard.path("asOf").asText(),
                       counts.path("signed").asLong(), counts.path("inPreparation").asLong(),
                       counts.path("ended").asLong(), dashboard.path("populationCovered").path("signed").asLong(),
                       dashboard.path("flags"));
        }
        return new Summary(sent.get(), replayed, contracts, districts, lastPosition.get(), dashboard);
    }

    /** The first failure of a sender, as it was thrown (a refusal, a service that does not answer). */
    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int count(List<Step> steps, String creationPath) {
        return (int) steps.stream().filter(s -> s.method().equals("POST") && s.path().equals(creationPath)).count();
    }

    static Options options(String[] args) {
        String commandUrl = "http://localhost:8081";
        String queryUrl = null;
        String secret = System.getenv("CLS_JWT_SECRET");
        for (String arg : args) {
            if (arg.startsWith("--command-url=")) {
                commandUrl = arg.substring("--command-url=".length());
            } else if (arg.startsWith("--query-url=")) {
                queryUrl = arg.substring("--query-url=".length());
            } else if (arg.startsWith("--secret=")) {
                secret = arg.substring("--secret=".length());
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (secret == null || secret.isBlank()) {
            secret = keptSecret();
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no token secret: give --secret, or CLS_JWT_SECRET, the secret the "
                                               + "services run with (bin/run keeps it in data/jwt-secret)");
        }
        return new Options(commandUrl, queryUrl, secret.strip());
    }

    private static String keptSecret() {
        Path kept = Path.of("data", "jwt-secret");
        try {
            return Files.isReadable(kept) ? Files.readString(kept, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
