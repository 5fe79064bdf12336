package fr.interieur.cls.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The stored JSON of every event type and revision is pinned by a golden file. A golden file is never edited:
 * a change of shape is a new revision, with a new file and an upcaster. A missing file is written only with
 * {@code -Dgolden.write=true}, and an existing one never.
 */
class GoldenEventsTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
    private static final boolean WRITE = Boolean.getBoolean("golden.write");
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]+)\\.v([1-9][0-9]*)\\.json");

    private final ObjectMapper events = EventJson.newObjectMapper();

    // trees read with decimals as written
    private final ObjectMapper trees = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    // JsonNode.equals compares decimals by value; a golden file also pins their scale (18.40 is not 18.4)
    private static final Comparator<JsonNode> SAME_SPELLING = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.isIntegralNumber() == b.isIntegralNumber() && a.decimalValue().equals(b.decimalValue()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    static Stream<Arguments> entries() {
        return EventCatalog.all().stream().map(entry -> Arguments.of(entry.name() + " v" + entry.revision(), entry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void serializingTheSampleGivesTheGoldenJson(String name, EventCatalog.Entry entry) throws IOException {
        DomainEvent sample = sample(entry);
        JsonNode golden = trees.readTree(golden(entry));

        JsonNode written = trees.readTree(events.writeValueAsString(sample));

        assertThat(written).as("JSON of %s against %s", entry.type().getSimpleName(), fileName(entry))
                           .isEqualTo(golden);
        assertThat(written.equals(SAME_SPELLING, golden))
                .as("numbers of %s spelled as in %s:%n%s", entry.type().getSimpleName(), fileName(entry), written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void readingTheGoldenJsonGivesTheSample(String name, EventCatalog.Entry entry) throws IOException {
        DomainEvent sample = sample(entry);

        Object read = events.readValue(golden(entry), entry.type());

        assertThat(read).isEqualTo(sample);
    }

    @Test
    void everyEventTypeHasASampleAndAGoldenFile() throws IOException {
        List<String> missing = new ArrayList<>();
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            if (SampleEvents.of(entry.type()).isEmpty()) {
                missing.add(missingSample(entry));
            } else if (!Files.exists(GOLDEN.resolve(fileName(entry))) && !WRITE) {
                missing.add(missingGolden(entry));
            }
        }
        assertThat(missing).as("event types without a sample or a golden file").isEmpty();
        assertThat(SampleEvents.all()).hasSameSizeAs(EventCatalog.all());
    }

    @Test
    void everyGoldenFileBelongsToAKnownEventAndRevision() throws IOException {
        // Old revisions stay (upcasters are tested against them); an unknown name means an event was renamed or
        // dropped while the store may still hold it.
        if (!Files.isDirectory(GOLDEN)) {
            return; // no golden file yet: the test above says what to add
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                assertThat(matcher.matches()).as("golden file name %s is <name>.v<revision>.json", file).isTrue();
                Optional<EventCatalog.Entry> entry = EventCatalog.forName(matcher.group(1));
                assertThat(entry).as("event stored as %s (golden file %s)", matcher.group(1), file).isPresent();
                assertThat(Integer.parseInt(matcher.group(2))).as("revision of %s", file)
                                                              .isLessThanOrEqualTo(entry.get().revision());
            }
        }
    }

    /**
     * Events stored under an older revision are still read by today's record: every field they hold keeps its
     * value; fields added since come out absent.
     */
    @Test
    void olderRevisionsStillRead() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                EventCatalog.Entry entry = EventCatalog.forName(matcher.matches() ? matcher.group(1) : "").orElse(null);
                if (entry == null || Integer.parseInt(matcher.group(2)) == entry.revision()) {
                    continue;
                }
                JsonNode old = trees.readTree(Files.readString(file, StandardCharsets.UTF_8));
                JsonNode now = trees.readTree(events.writeValueAsString(events.readValue(old.toString(), entry.type())));
                old.properties().forEach(field -> assertThat(now.get(field.getKey()))
                        .as("%s of %s read by today's %s", field.getKey(), file.getFileName(), entry.type().getSimpleName())
                        .isEqualTo(field.getValue()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void goldenFilesHoldNoNulls(String name, EventCatalog.Entry entry) throws IOException {
        assertThat(nullsIn(trees.readTree(golden(entry)), "$")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void samplesAreFullyPopulated(String name, EventCatalog.Entry entry) {
        // an unset optional field or an empty list would leave its JSON form out of the golden file
        List<String> gaps = new ArrayList<>();
        Populated.check(sample(entry), entry.type().getSimpleName(), gaps);
        assertThat(gaps).as("fields of the %s sample left empty", entry.type().getSimpleName()).isEmpty();
    }

    private static DomainEvent sample(EventCatalog.Entry entry) {
        return SampleEvents.of(entry.type()).orElseGet(() -> fail(missingSample(entry)));
    }

    private String golden(EventCatalog.Entry entry) throws IOException {
        Path file = GOLDEN.resolve(fileName(entry));
        if (!Files.exists(file)) {
            if (!WRITE) {
                fail(missingGolden(entry));
            }
            Files.createDirectories(GOLDEN);
            String json = events.writerWithDefaultPrettyPrinter().writeValueAsString(sample(entry)) + "\n";
            // CREATE_NEW: never overwrite a golden file, even if two runs race
            Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            System.err.println("wrote golden file " + file + ": read it, then commit it");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String fileName(EventCatalog.Entry entry) {
        return entry.name() + ".v" + entry.revision() + ".json";
    }

    private static String missingSample(EventCatalog.Entry entry) {
        return "no sample for " + entry.type().getName() + ": add a fully populated instance to SampleEvents";
    }

    private static String missingGolden(EventCatalog.Entry entry) {
        return "no golden file src/test/resources/golden/" + fileName(entry) + " for " + entry.type().getName()
                + ": run ./mvnw -pl shared-events verify -Dgolden.write=true, read the file it writes, commit it"
                + " (never edit an existing golden file: a new shape is a new revision)";
    }

    private static List<String> nullsIn(JsonNode node, String path) {
        List<String> nulls = new ArrayList<>();
        if (node.isNull()) {
            nulls.add(path);
        }
        node.properties().forEach(member -> nulls.addAll(nullsIn(member.getValue(), path + "." + member.getKey())));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nulls.addAll(nullsIn(node.get(i), path + "[" + i + "]"));
            }
        }
        return nulls;
    }
}
