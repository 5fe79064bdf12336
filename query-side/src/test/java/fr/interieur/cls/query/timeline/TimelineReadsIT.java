package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.testing.ProjectionHarness;
import fr.interieur.cls.web.BadRequestParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads of the timeline over a projected history: filters, order and pages. */
class TimelineReadsIT {

    private static final ContractId LYON = ContractId.of("CLS-69-LYON");
    private static final ContractId MARSEILLE = ContractId.of("CLS-13-MARSEILLE");
    private static final ContractId ORPHAN = ContractId.of("CLS-69-ORPHAN");
    private static final ActionId SCHOOL = ActionId.of("ACT-ECOLE");

    private static TimelineReads reads;

    /**
     * Positions 1–7: Lyon (69) drafted, its five partners and the night action on 15/01/1999, a minute apart
     * from 08:00 UTC; 8–9: its progress and a communication on 10/03/1999 at 23:30 and 23:31 UTC (the 11th in
     * Paris); 10–11: the Lyon district (69) in June 2000; 12–14: Marseille (13) with a school-safety action in
     * 2000; 15: an event of a contract never drafted.
     */
    @BeforeAll
    static void history() {
        ProjectionHarness harness = ProjectionHarness.of(new TimelineProjection());
        List<DomainEvent> lyon = new ArrayList<>();
        lyon.add(TimelineEvents.drafted(LYON, "69"));
        lyon.addAll(TimelineEvents.signatories(LYON));
        lyon.add(TimelineEvents.relais(LYON));
        lyon.add(TimelineEvents.nightAction(LYON));
        harness.at("1999-01-15T08:00:00Z").given(lyon.toArray(DomainEvent[]::new));
        harness.at("1999-03-10T23:30:00Z").given(
                TimelineEvents.nightProgress(LYON),
                new CommunicationCarriedOut(LYON, LocalDate.of(1999, 3, 10), "presse locale", "habitants",
                                            "Lancement des correspondants de nuit"));
        harness.at("2000-06-02T09:00:00Z").given(TimelineEvents.district("69"), TimelineEvents.proximity());
        harness.at("2000-09-01T09:00:00Z").given(
                new fr.interieur.cls.events.contract.ContractDrafted(
                        MARSEILLE, "Contrat local de sécurité de Marseille",
                        fr.interieur.cls.events.types.DepartementCode.of("13"),
                        fr.interieur.cls.events.types.ContractScope.COMMUNE, List.of(), List.of(), List.of(), 0, null),
                new ActionAdded(MARSEILLE, SCHOOL, "Sécurisation des abords des collèges", ActionTheme.SECURITE_SCOLAIRE,
                                null, PartnerId.of("RECTORAT"), List.of(), List.of(), LocalDate.of(2000, 9, 1),
                                LocalDate.of(2001, 6, 30), null,
                                List.of(new Indicator(IndicatorId.of("IND-INCIDENTS"), "Incidents", "incidents",
                                                      BigDecimal.TEN, BigDecimal.ONE, null))),
                new ActionProgressRecorded(MARSEILLE, SCHOOL, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                                           List.of(), null, null));
        harness.given(new PartnerLeft(ORPHAN, PartnerId.of("X")));
        reads = new TimelineReads(new NamedParameterJdbcTemplate(harness.jdbc()), harness::schema);
    }

    private static final PageRequest ALL = PageRequest.of("500", null);

    private static List<Long> positions(PageRequest.Page<?> page) {
        return page.items().stream().map(item -> item instanceof TimelineEntry entry ? entry.position()
                : ((TimelineEntry.OfContract) item).position()).toList();
    }

    private static TimelineFilter filter(String from, String to, String types, String theme) {
        return TimelineFilter.parse(from, to, types, null, theme);
    }

    @Test
    void aContractsTimelineIsItsEventsInOrderWithTheirTimes() {
        PageRequest.Page<TimelineEntry.OfContract> page = reads.ofContract(
                "CLS-69-LYON", TimelineFilter.parse(null, null, null, TimelineReads.CONTRACT, null), ALL);
        assertThat(positions(page)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(page.nextCursor()).isNull();
        TimelineEntry.OfContract progress = page.items().get(7);
        assertThat(progress.type()).isEqualTo("ActionProgressRecorded");
        assertThat(progress.occurredAt()).isEqualTo(Instant.parse("1999-03-10T23:30:00Z"));
        assertThat(progress.effectiveOn()).isEqualTo(LocalDate.of(1999, 6, 30));
        assertThat(progress.actor()).isEqualTo("pref-69");
        assertThat(progress.actorName()).isEqualTo("Préfecture du Rhône");
        assertThat(progress.reason()).isNull();
        assertThat(progress.summary()).startsWith("Action « Correspondants de nuit » (médiation) : en cours");
    }

    @Test
    void theTimelineAcrossContractsIsEveryEventInOrder() {
        PageRequest.Page<TimelineEntry> page = reads.all(TimelineFilter.none(), ALL);
        assertThat(positions(page)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        TimelineEntry district = page.items().get(9);
        assertThat(district.aggregateType()).isEqualTo("PoliceDistrict");
        assertThat(district.aggregateId()).isEqualTo("CSP-69-LYON");
        assertThat(district.departement()).isEqualTo("69");
        assertThat(page.items().get(12).theme()).isEqualTo("SECURITE_SCOLAIRE");
        assertThat(page.items().get(14).departement()).isNull();
    }

    @Test
    void fromAndToFilterOnWhenEventsWereRecorded() {
        // instants: from inclusive, to exclusive
        assertThat(positions(reads.all(filter("1999-01-15T08:03:00Z", "1999-01-15T08:06:00Z", null, null), ALL)))
                .containsExactly(4L, 5L, 6L);
        // a date is its whole day in Paris: 23:30 UTC on the 10th of March is the 11th
        assertThat(positions(reads.all(filter("1999-03-11", "1999-03-11", null, null), ALL)))
                .containsExactly(8L, 9L);
        assertThat(positions(reads.all(filter(null, "1999-03-10", null, null), ALL)))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(positions(reads.all(filter("2000-01-01", null, null, null), ALL)))
                .containsExactly(10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(positions(reads.ofContract("CLS-69-LYON", filter("1999-02-01", "1999-12-31", null, null), ALL)))
                .containsExactly(8L, 9L);
    }

    @Test
    void typeKeepsEventsOfOneOrSeveralTypes() {
        assertThat(positions(reads.all(filter(null, null, "ActionAdded", null), ALL))).containsExactly(7L, 13L);
        assertThat(positions(reads.all(filter(null, null, "ContractDrafted, ProximityPolicingDeployed", null), ALL)))
                .containsExactly(1L, 11L, 12L);
        assertThat(positions(reads.ofContract("CLS-69-LYON", TimelineFilter.parse(
                null, null, "PartnerJoined,CommunicationCarriedOut", TimelineReads.CONTRACT, null), ALL)))
                .containsExactly(2L, 3L, 4L, 5L, 6L, 9L);
    }

    @Test
    void anUnknownTypeOrThemeOrAnInvertedPeriodIsABadRequest() {
        assertThatThrownBy(() -> filter(null, null, "ContractSigned,ContractBurnt", null))
                .isInstanceOf(BadRequestParameter.class).hasMessageContaining("ContractBurnt");
        assertThatThrownBy(() -> TimelineFilter.parse(null, null, "SectorDefined", TimelineReads.CONTRACT, null))
                .isInstanceOf(BadRequestParameter.class);
        assertThatThrownBy(() -> filter(null, null, null, "SECURITE")).isInstanceOf(BadRequestParameter.class);
        assertThatThrownBy(() -> filter("2000-02-01", "2000-01-31", null, null)).isInstanceOf(BadRequestParameter.class);
        assertThatThrownBy(() -> filter("yesterday", null, null, null)).isInstanceOf(BadRequestParameter.class);
    }

    @Test
    void themeKeepsTheActionEventsOfThatTheme() {
        assertThat(positions(reads.all(filter(null, null, null, "MEDIATION"), ALL))).containsExactly(7L, 8L);
        assertThat(positions(reads.all(filter(null, null, null, "SECURITE_SCOLAIRE"), ALL))).containsExactly(13L, 14L);
        assertThat(positions(reads.all(filter(null, null, null, "TOXICOMANIES"), ALL))).isEmpty();
    }

    @Test
    void departementsNarrowTheTimeline() {
        TimelineFilter marseille = TimelineFilter.none().in(Optional.of(Set.of("13")));
        assertThat(positions(reads.all(marseille, ALL))).containsExactly(12L, 13L, 14L);
        TimelineFilter rhone = TimelineFilter.none().in(Optional.of(Set.of("69")));
        assertThat(positions(reads.all(rhone, ALL))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(reads.all(TimelineFilter.none().in(Optional.of(Set.of())), ALL).items()).isEmpty();
        TimelineFilter both = filter(null, null, null, "MEDIATION").in(Optional.of(Set.of("13", "2A")));
        assertThat(reads.all(both, ALL).items()).isEmpty();
    }

    @Test
    void pagesFollowEachOtherByCursorUntilTheLast() {
        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            PageRequest.Page<TimelineEntry> page = reads.all(TimelineFilter.none(), PageRequest.of("5", cursor));
            seen.addAll(positions(page));
            sizes.add(page.items().size());
            cursor = page.nextCursor();
        } while (cursor != null);
        // the third page is exactly full: it says there is no more rather than leading to an empty page
        assertThat(sizes).containsExactly(5, 5, 5);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);

        PageRequest.Page<TimelineEntry.OfContract> first = reads.ofContract(
                "CLS-69-LYON", TimelineFilter.none(), PageRequest.of("4", null));
        assertThat(positions(first)).containsExactly(1L, 2L, 3L, 4L);
        PageRequest.Page<TimelineEntry.OfContract> second = reads.ofContract(
                "CLS-69-LYON", TimelineFilter.none(), PageRequest.of("4", first.nextCursor()));
        assertThat(positions(second)).containsExactly(5L, 6L, 7L, 8L);
        PageRequest.Page<TimelineEntry.OfContract> third = reads.ofContract(
                "CLS-69-LYON", TimelineFilter.none(), PageRequest.of("4", second.nextCursor()));
        assertThat(positions(third)).containsExactly(9L);
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void aPageExactlyFullHasNoNextCursor() {
        PageRequest.Page<TimelineEntry> page = reads.all(filter(null, null, null, "MEDIATION"), PageRequest.of("2", null));
        assertThat(positions(page)).containsExactly(7L, 8L);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aCursorThisServiceNeverGaveIsABadRequest() {
        assertThatThrownBy(() -> reads.all(TimelineFilter.none(),
                                           PageRequest.of("5", PageRequest.cursor("CLS-69-LYON"))))
                .isInstanceOf(BadRequestParameter.class);
    }

    @Test
    void theTimelineKnowsWhichContractsItHasSeen() {
        assertThat(reads.contract("CLS-69-LYON")).contains(new TimelineReads.Known("69"));
        assertThat(reads.contract("CLS-69-ORPHAN")).contains(new TimelineReads.Known(null));
        assertThat(reads.contract("CLS-69-NOWHERE")).isEmpty();
        assertThat(reads.contract("CSP-69-LYON")).isEmpty();
    }
}
