package fr.interieur.cls.demo;

import fr.interieur.cls.demo.dataset.DemoData;
import fr.interieur.cls.demo.script.History;
import fr.interieur.cls.demo.script.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The data set as written, before any service sees it. */
class DemoDataTest {

    private final List<Step> steps = DemoData.history().inOrder();

    @Test
    void everyActIsDatedBetween1998AndTheLastDayOf2002() {
        assertThat(steps).allSatisfy(step -> assertThat(step.on())
                .isBetween(LocalDate.of(1998, 1, 1), History.LAST_DAY));
    }

    @Test
    void everyCommandHasItsOwnStableIdempotencyKey() {
        assertThat(steps).extracting(Step::key).doesNotHaveDuplicates().allMatch(key -> key.startsWith("demo-")
                && key.length() <= 200);
        assertThat(DemoData.history().inOrder()).extracting(Step::key).containsExactlyElementsOf(
                steps.stream().map(Step::key).toList());
    }

    @Test
    void eighteenContractsInSeventeenPoliceDistrictsOfThreeDepartements() {
        assertThat(steps.stream().filter(s -> s.path().equals("/contracts"))).hasSize(18);
        assertThat(steps.stream().filter(s -> s.path().equals("/districts"))).hasSize(17);
        Map<String, Long> actors = steps.stream().collect(Collectors.groupingBy(s -> s.actor().departement(),
                                                                                Collectors.counting()));
        assertThat(actors).containsOnlyKeys("69", "93", "13");
        assertThat(steps.stream().map(Step::actor).distinct()).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void aContractIsDraftedBeforeAnythingHappensToIt() {
        Set<String> drafted = new HashSet<>();
        for (Step step : steps) {
            if (step.path().equals("/contracts")) {
                drafted.add(step.key().substring("demo-".length(), step.key().length() - "-draft".length()));
            } else if (step.path().startsWith("/contracts/")) {
                assertThat(drafted).as(step.key()).contains(step.path().split("/")[2]);
            }
        }
    }

    @Test
    void endsAmendmentsAndCorrectionsGiveTheirReason() {
        assertThat(steps.stream().filter(s -> s.path().endsWith("/end") || s.path().endsWith("/amendments")
                || s.key().endsWith("-correction") || s.path().endsWith("/follow-up-transfers")))
                .hasSizeGreaterThan(5).allMatch(s -> s.reason() != null);
        assertThat(steps.stream().filter(s -> s.reason() != null)).hasSizeGreaterThan(40);
    }
}
