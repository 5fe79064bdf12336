package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventCatalog;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static fr.interieur.cls.query.timeline.TimelineEvents.CSP_LYON;
import static fr.interieur.cls.query.timeline.TimelineEvents.MAIRE;
import static fr.interieur.cls.query.timeline.TimelineEvents.NIGHT;
import static fr.interieur.cls.query.timeline.TimelineEvents.RELAIS;
import static fr.interieur.cls.query.timeline.TimelineEvents.VILLEURBANNE;
import static org.assertj.core.api.Assertions.assertThat;

/** Given events, then the timeline entry each one leaves: type, dates, département, theme and its sentence. */
class TimelineProjectorIT {

    private static final ContractId LYON = ContractId.of("CLS-69-LYON");
    private static final String NBSP = "\u00a0";

    /** An entry as stored. */
    record Stored(long position, String aggregateType, String aggregateId, long sequence, String departement,
                  String theme, Instant occurredAt, LocalDate effectiveOn, String type, String actor,
                  String actorName, String reason, String correlationId, String summary) {
    }

    private static ProjectionHarness harness() {
        return ProjectionHarness.of(new TimelineProjection());
    }

    /** The Lyon contract drafted, with its four signatories and an association, in a batch of its own. */
    private static ProjectionHarness lyon() {
        List<DomainEvent> events = new ArrayList<>();
        events.add(TimelineEvents.drafted(LYON, "69"));
        events.addAll(TimelineEvents.signatories(LYON));
        events.add(TimelineEvents.relais(LYON));
        return harness().given(events.toArray(DomainEvent[]::new));
    }

    private static List<Stored> entries(ProjectionHarness harness) {
        return harness.jdbc().query(
                "SELECT * FROM " + harness.schema() + ".timeline_entry ORDER BY position",
                (row, i) -> new Stored(row.getLong("position"), row.getString("aggregate_type"),
                                       row.getString("aggregate_id"), row.getLong("sequence_number"),
                                       row.getString("departement"), row.getString("theme"),
                                       row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                       row.getObject("effective_on", LocalDate.class), row.getString("type"),
                                       row.getString("actor"), row.getString("actor_name"), row.getString("reason"),
                                       row.getString("correlation_id"), row.getString("summary")));
    }

    private static Stored last(ProjectionHarness harness) {
        List<Stored> entries = entries(harness);
        return entries.get(entries.size() - 1);
    }

    // one test per event type

    @Test
    void contractDrafted() {
        Stored entry = last(harness().given(TimelineEvents.drafted(LYON, "69")));
        assertThat(entry.type()).isEqualTo("ContractDrafted");
        assertThat(entry.aggregateType()).isEqualTo("Contract");
        assertThat(entry.departement()).isEqualTo("69");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.theme()).isNull();
        assertThat(entry.summary()).isEqualTo("Contrat « Contrat local de sécurité de Lyon » mis en préparation pour "
                                              + "la commune de Lyon ; 445" + NBSP + "452 habitants couverts.");
    }

    @Test
    void partnerJoined() {
        ProjectionHarness harness = harness().given(TimelineEvents.drafted(LYON, "69"));
        harness.given(new PartnerJoined(LYON, PartnerId.of("COLLOMB"), "Gérard Collomb", PartnerCategory.MAIRE,
                                        InseeCode.of("69123")));
        Stored mayor = last(harness);
        assertThat(mayor.type()).isEqualTo("PartnerJoined");
        assertThat(mayor.departement()).isEqualTo("69");
        assertThat(mayor.effectiveOn()).isNull();
        assertThat(mayor.summary()).isEqualTo("Gérard Collomb (maire de Lyon) rejoint le contrat.");

        harness.given(new PartnerJoined(LYON, PartnerId.of("OPAC"), "OPAC du Grand Lyon", PartnerCategory.BAILLEUR_SOCIAL,
                                        null));
        assertThat(last(harness).summary()).isEqualTo("OPAC du Grand Lyon (bailleur social) rejoint le contrat.");
        harness.given(TimelineEvents.relais(LYON));
        assertThat(last(harness).summary()).isEqualTo("Association Le Relais rejoint le contrat.");
    }

    @Test
    void partnerLeft() {
        Stored entry = last(lyon().given(new PartnerLeft(LYON, MAIRE)));
        assertThat(entry.type()).isEqualTo("PartnerLeft");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.summary()).isEqualTo("Maire de Lyon quitte le contrat.");
    }

    @Test
    void diagnosticAdopted() {
        ProjectionHarness harness = lyon().given(TimelineEvents.diagnostic(LYON, 1, LocalDate.of(1998, 3, 12)));
        Stored first = last(harness);
        assertThat(first.type()).isEqualTo("DiagnosticAdopted");
        assertThat(first.effectiveOn()).isEqualTo(LocalDate.of(1998, 3, 12));
        assertThat(first.summary()).isEqualTo("Diagnostic local de sécurité (version 1) adopté le 12/03/1998.");

        harness.given(TimelineEvents.diagnostic(LYON, 2, LocalDate.of(1998, 11, 20)));
        assertThat(last(harness).summary())
                .isEqualTo("Diagnostic local de sécurité actualisé (version 2) adopté le 20/11/1998.");
        assertThat(last(harness).effectiveOn()).isEqualTo(LocalDate.of(1998, 11, 20));

        harness.given(new DiagnosticAdopted(LYON, 3, LocalDate.of(1999, 5, 4),
                                            new Delinquency("Baisse des vols.", List.of()), null, null, List.of()));
        assertThat(last(harness).summary())
                .isEqualTo("Diagnostic local de sécurité actualisé (version 3) adopté le 04/05/1999 ; parties "
                           + "manquantes : sentiment d'insécurité, évaluation des réponses actuelles.");
    }

    @Test
    void actionAdded() {
        Stored entry = last(lyon().given(TimelineEvents.nightAction(LYON)));
        assertThat(entry.type()).isEqualTo("ActionAdded");
        assertThat(entry.theme()).isEqualTo("MEDIATION");
        assertThat(entry.departement()).isEqualTo("69");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.summary()).isEqualTo("Action « Correspondants de nuit » (médiation) inscrite au plan d'action, "
                                              + "pilotée par Association Le Relais, du 01/02/1999 au 31/12/2000 ; "
                                              + "1 indicateur ; déclinée dans 2 secteurs ; budget de 150" + NBSP
                                              + "000 francs.");
    }

    @Test
    void actionProgressRecorded() {
        ProjectionHarness harness = lyon().given(TimelineEvents.nightAction(LYON));
        Stored entry = last(harness.given(TimelineEvents.nightProgress(LYON)));
        assertThat(entry.type()).isEqualTo("ActionProgressRecorded");
        assertThat(entry.theme()).isEqualTo("MEDIATION");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 6, 30));
        assertThat(entry.summary()).isEqualTo("Action « Correspondants de nuit » (médiation) : en cours ; mesure "
                                              + "« Interventions de nuit » = 85 interventions au 30/06/1999.");

        harness.given(new ActionProgressRecorded(LYON, NIGHT, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED,
                                                 List.of(new Measurement(TimelineEvents.INTERVENTIONS,
                                                                         new BigDecimal("112.50"),
                                                                         LocalDate.of(2000, 12, 31)),
                                                         new Measurement(TimelineEvents.INTERVENTIONS,
                                                                         new BigDecimal("1250"),
                                                                         LocalDate.of(2000, 11, 30))),
                                                 null, null));
        Stored completed = last(harness);
        assertThat(completed.summary()).isEqualTo("Action « Correspondants de nuit » (médiation) : achevée ; mesure "
                                                  + "« Interventions de nuit » = 112,5 interventions au 31/12/2000 ; "
                                                  + "mesure « Interventions de nuit » = 1" + NBSP
                                                  + "250 interventions au 30/11/2000.");
        assertThat(completed.effectiveOn()).isEqualTo(LocalDate.of(2000, 12, 31));
    }

    @Test
    void progressOfAnActionNeverAddedNamesItsIdentifiers() {
        Stored entry = last(lyon().given(new ActionProgressRecorded(
                LYON, ActionId.of("ACT-X"), ActionStatus.PLANNED, ActionStatus.ABANDONED,
                List.of(new Measurement(IndicatorId.of("IND-X"), BigDecimal.TEN, LocalDate.of(1999, 3, 1))), null, null)));
        assertThat(entry.theme()).isNull();
        assertThat(entry.summary()).isEqualTo("Action ACT-X : abandonnée ; mesure IND-X = 10 au 01/03/1999.");
    }

    @Test
    void contractSigned() {
        Stored entry = last(lyon().given(TimelineEvents.signed(LYON)));
        assertThat(entry.type()).isEqualTo("ContractSigned");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 1, 15));
        assertThat(entry.summary()).isEqualTo("Contrat signé le 15/01/1999 par 4 signataires : Préfet du Rhône, "
                                              + "Procureur de la République, Maire de Lyon, Recteur.");
    }

    @Test
    void chairDelegated() {
        ProjectionHarness harness = lyon().given(new ChairDelegated(LYON, "Mme Claire Martin",
                                                                    LocalDate.of(1999, 3, 1), null));
        Stored entry = last(harness);
        assertThat(entry.type()).isEqualTo("ChairDelegated");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 3, 1));
        assertThat(entry.summary()).isEqualTo("Présidence du comité de pilotage déléguée à Mme Claire Martin "
                                              + "(sous-préfète) à partir du 01/03/1999.");
        harness.given(new ChairDelegated(LYON, "M. Paul Girard", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)));
        assertThat(last(harness).summary()).isEqualTo("Présidence du comité de pilotage déléguée à M. Paul Girard "
                                                      + "(sous-préfet) du 01/01/2000 au 31/12/2000.");
    }

    @Test
    void committeeMeetingHeld() {
        Stored entry = last(lyon().given(TimelineEvents.committee(LYON)));
        assertThat(entry.type()).isEqualTo("CommitteeMeetingHeld");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 7, 6));
        assertThat(entry.theme()).isNull();
        assertThat(entry.summary()).isEqualTo("Comité de pilotage du 06/07/1999 présidé par Mme Claire Martin "
                                              + "(sous-préfète déléguée) ; 1 action examinée, 1 décision.");
    }

    @Test
    void communicationCarriedOut() {
        Stored entry = last(lyon().given(new CommunicationCarriedOut(
                LYON, LocalDate.of(1999, 10, 2), "réunion publique", "habitants de la Duchère",
                "Présentation des correspondants de nuit.")));
        assertThat(entry.type()).isEqualTo("CommunicationCarriedOut");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 10, 2));
        assertThat(entry.summary()).isEqualTo("Action de communication du 02/10/1999 (réunion publique, public : "
                                              + "habitants de la Duchère) : Présentation des correspondants de nuit.");
    }

    @Test
    void reviewMeetingHeld() {
        Stored entry = last(lyon().given(new ReviewMeetingHeld(
                LYON, LocalDate.of(1999, 12, 9), List.of("DDSP", "Parquet", "Éducation nationale"),
                "Bilan de la première année : la médiation de nuit porte ses fruits.")));
        assertThat(entry.type()).isEqualTo("ReviewMeetingHeld");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(1999, 12, 9));
        assertThat(entry.summary()).isEqualTo("Réunion de bilan du 09/12/1999 avec 3 participants (DDSP, Parquet, "
                                              + "Éducation nationale) : Bilan de la première année : la médiation de "
                                              + "nuit porte ses fruits.");
    }

    @Test
    void contractAmended() {
        ProjectionHarness harness = lyon().given(new ContractAmended(
                LYON, AmendmentId.of("AV-1"), LocalDate.of(2000, 9, 1), "Extension à Villeurbanne.",
                List.of(VILLEURBANNE), List.of(), List.of(DistrictId.of("CSP-69-VILLEURBANNE")),
                List.of(SectorId.of("SECT-VIL-1"), SectorId.of("SECT-VIL-2")), List.of(), 569667L));
        Stored entry = last(harness);
        assertThat(entry.type()).isEqualTo("ContractAmended");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(2000, 9, 1));
        assertThat(entry.summary()).isEqualTo("Avenant signé le 01/09/2000 : Extension à Villeurbanne (commune "
                                              + "ajoutée : Villeurbanne ; 1 circonscription ajoutée ; 2 secteurs "
                                              + "ajoutés ; population couverte portée à 569" + NBSP
                                              + "667 habitants).");
        // the commune names learnt from the drafting and from earlier amendments name what leaves
        harness.given(new ContractAmended(LYON, AmendmentId.of("AV-2"), LocalDate.of(2001, 2, 1),
                                          "Retour au périmètre initial", List.of(),
                                          List.of(VILLEURBANNE.code(), InseeCode.of("69034")), List.of(), List.of(),
                                          List.of(SectorId.of("SECT-VIL-1")), null));
        assertThat(last(harness).summary()).isEqualTo("Avenant signé le 01/02/2001 : Retour au périmètre initial "
                                                      + "(communes retirées : Villeurbanne, 69034 ; 1 secteur retiré).");
    }

    @Test
    void assessmentRecorded() {
        ProjectionHarness harness = lyon().given(new AssessmentRecorded(
                LYON, 1999, "Baisse de 12 % des vols avec violence.", "Sensible dans les quartiers centraux.",
                "Comité réuni deux fois.", null, List.of("Étendre la médiation", "Associer les bailleurs"), false));
        Stored entry = last(harness);
        assertThat(entry.type()).isEqualTo("AssessmentRecorded");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.summary()).isEqualTo("Bilan annuel 1999 enregistré : 2 propositions.");
        harness.given(new AssessmentRecorded(LYON, 1999, "Baisse de 11 % des vols avec violence.", "Sensible.",
                                             "Comité réuni deux fois.", null, List.of(), true));
        assertThat(last(harness).summary()).isEqualTo("Bilan annuel 1999 rectifié : aucune proposition.");
    }

    @Test
    void followUpTransferred() {
        Stored entry = last(lyon().given(new FollowUpTransferred(LYON, "CLSPD de Lyon", LocalDate.of(2002, 3, 15))));
        assertThat(entry.type()).isEqualTo("FollowUpTransferred");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(2002, 3, 15));
        assertThat(entry.summary()).isEqualTo("Suivi du contrat transféré au conseil local « CLSPD de Lyon » à partir "
                                              + "du 15/03/2002.");
    }

    @Test
    void contractEnded() {
        Stored entry = last(lyon().given(new ContractEnded(LYON, LocalDate.of(2002, 12, 31), EndReason.SUPERSEDED,
                                                           ContractId.of("CLS-69-LYON-2003"))));
        assertThat(entry.type()).isEqualTo("ContractEnded");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(2002, 12, 31));
        assertThat(entry.summary()).isEqualTo("Fin du contrat le 31/12/2002 : remplacé par le contrat CLS-69-LYON-2003.");

        ContractId other = ContractId.of("CLS-69-BRON");
        ProjectionHarness harness = harness().given(TimelineEvents.drafted(other, "69"),
                                                    new ContractEnded(other, LocalDate.of(2001, 6, 30),
                                                                      EndReason.DENOUNCED, null));
        assertThat(last(harness).summary()).isEqualTo("Fin du contrat le 30/06/2001 : dénoncé.");
    }

    @Test
    void districtRegistered() {
        Stored entry = last(harness().given(TimelineEvents.district("69")));
        assertThat(entry.type()).isEqualTo("DistrictRegistered");
        assertThat(entry.aggregateType()).isEqualTo("PoliceDistrict");
        assertThat(entry.aggregateId()).isEqualTo("CSP-69-LYON");
        assertThat(entry.departement()).isEqualTo("69");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.summary()).isEqualTo("Circonscription CSP de Lyon enregistrée : 2 communes (Lyon, "
                                              + "Villeurbanne), 569" + NBSP + "667 habitants.");
    }

    @Test
    void sectorDefined() {
        Stored entry = last(harness().given(TimelineEvents.district("69")).given(new SectorDefined(
                CSP_LYON, SectorId.of("SECT-LYON-1"), "Lyon centre", List.of("Terreaux", "Pentes de la Croix-Rousse"),
                28500)));
        assertThat(entry.type()).isEqualTo("SectorDefined");
        assertThat(entry.departement()).isEqualTo("69");
        assertThat(entry.effectiveOn()).isNull();
        assertThat(entry.summary()).isEqualTo("Secteur « Lyon centre » défini dans la circonscription CSP de Lyon : "
                                              + "28" + NBSP + "500 habitants, quartiers Terreaux, Pentes de la "
                                              + "Croix-Rousse.");
    }

    @Test
    void proximityPolicingDeployed() {
        Stored entry = last(harness().given(TimelineEvents.district("69")).given(TimelineEvents.proximity()));
        assertThat(entry.type()).isEqualTo("ProximityPolicingDeployed");
        assertThat(entry.departement()).isEqualTo("69");
        assertThat(entry.effectiveOn()).isEqualTo(LocalDate.of(2000, 6, 1));
        assertThat(entry.summary()).isEqualTo("Police de proximité déployée dans la circonscription CSP de Lyon "
                                              + "(vague 1) à partir du 01/06/2000.");
    }

    // what every entry carries

    @Test
    void anEntryCarriesItsPositionAggregateSequenceTimeAndMetadata() {
        ProjectionHarness harness = harness().at("1999-01-20T10:15:30.123456Z");
        harness.given(MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône")
                              .and("reason", "Signature en préfecture").and("correlationId", "corr-1")
                              .and("commandId", "cmd-1"),
                      TimelineEvents.drafted(LYON, "69"));
        Stored entry = last(harness);
        assertThat(entry.position()).isEqualTo(1);
        assertThat(entry.aggregateId()).isEqualTo("CLS-69-LYON");
        assertThat(entry.sequence()).isZero();
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("1999-01-20T10:15:30.123456Z"));
        assertThat(entry.actor()).isEqualTo("pref-69");
        assertThat(entry.actorName()).isEqualTo("Préfecture du Rhône");
        assertThat(entry.reason()).isEqualTo("Signature en préfecture");
        assertThat(entry.correlationId()).isEqualTo("corr-1");
    }

    @Test
    void withoutMetadataTheActorAndReasonAreNull() {
        Stored entry = last(harness().given(MetaData.emptyInstance(), TimelineEvents.drafted(LYON, "69")));
        assertThat(entry.actor()).isNull();
        assertThat(entry.actorName()).isNull();
        assertThat(entry.reason()).isNull();
    }

    @Test
    void namesLearntInTheSameBatchAreUsedAtOnce() {
        List<DomainEvent> events = new ArrayList<>();
        events.add(TimelineEvents.drafted(LYON, "69"));
        events.addAll(TimelineEvents.signatories(LYON));
        events.add(TimelineEvents.relais(LYON));
        events.add(TimelineEvents.nightAction(LYON));
        events.add(TimelineEvents.nightProgress(LYON));
        events.add(TimelineEvents.signed(LYON));
        List<Stored> entries = entries(harness().given(events.toArray(DomainEvent[]::new)));
        assertThat(entries).extracting(Stored::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(entries).extracting(Stored::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(entries).extracting(Stored::departement).containsOnly("69");
        assertThat(entries.get(7).summary()).isEqualTo("Action « Correspondants de nuit » (médiation) : en cours ; "
                                                       + "mesure « Interventions de nuit » = 85 interventions au "
                                                       + "30/06/1999.");
        assertThat(entries.get(8).summary()).isEqualTo("Contrat signé le 15/01/1999 par 4 signataires : Préfet du "
                                                       + "Rhône, Procureur de la République, Maire de Lyon, Recteur.");
    }

    @Test
    void everyEventTypeOfTheCatalogIsTold() {
        // the sentences switch over the sealed families; this keeps the brief's count honest
        assertThat(EventCatalog.all()).hasSize(18);
        assertThat(EventCatalog.all().stream().filter(entry -> entry.aggregateType().equals("Contract"))).hasSize(15);
    }

    // idempotence, replays and unknown aggregates

    @Test
    void replayingTheHistoryEventByEventOrInOneBatchGivesIdenticalTables() {
        List<DomainEvent> history = new ArrayList<>();
        history.add(TimelineEvents.district("69"));
        history.add(TimelineEvents.drafted(LYON, "69"));
        history.addAll(TimelineEvents.signatories(LYON));
        history.add(TimelineEvents.relais(LYON));
        history.add(TimelineEvents.diagnostic(LYON, 1, LocalDate.of(1998, 11, 20)));
        history.add(TimelineEvents.nightAction(LYON));
        history.add(TimelineEvents.signed(LYON));
        history.add(TimelineEvents.proximity());
        history.add(TimelineEvents.nightProgress(LYON));
        history.add(TimelineEvents.committee(LYON));
        history.add(new PartnerLeft(LYON, RELAIS));
        history.add(new ContractAmended(LYON, AmendmentId.of("AV-1"), LocalDate.of(2000, 9, 1), "Extension",
                                        List.of(VILLEURBANNE), List.of(), List.of(), List.of(), List.of(), null));

        ProjectionHarness batch = harness().given(history.toArray(DomainEvent[]::new));
        ProjectionHarness oneByOne = harness();
        history.forEach(oneByOne::given);
        for (String table : List.of("timeline_entry", "timeline_aggregate", "timeline_partner", "timeline_action")) {
            String sql = "SELECT * FROM %s." + table + " ORDER BY 1, 2";
            assertThat(oneByOne.jdbc().queryForList(sql.formatted(oneByOne.schema())))
                    .as(table).isEqualTo(batch.jdbc().queryForList(sql.formatted(batch.schema())))
                    .isNotEmpty();
        }
        assertThat(entries(batch)).hasSize(history.size());
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        ProjectionHarness harness = lyon();
        TrackedEventMessage<?> signed = harness.message(TimelineEvents.signed(LYON), MetaData.with("actor", "pref-69"));
        harness.apply(List.of(signed));
        List<Stored> once = entries(harness);
        harness.apply(List.of(signed));
        harness.apply(List.of(signed, signed));
        assertThat(entries(harness)).isEqualTo(once);
        assertThat(harness.rows("timeline_aggregate")).hasSize(1);
        assertThat(harness.rows("timeline_partner")).hasSize(5);
    }

    @Test
    void anEventRedeliveredAfterLaterOnesChangesNothing() {
        ProjectionHarness harness = lyon();
        TrackedEventMessage<?> left = harness.message(new PartnerLeft(LYON, MAIRE), MetaData.emptyInstance());
        harness.apply(List.of(left));
        harness.given(new PartnerJoined(LYON, MAIRE, "M. Raymond Barre", PartnerCategory.MAIRE, InseeCode.of("69123")));
        List<Stored> before = entries(harness);
        harness.apply(List.of(left));
        assertThat(entries(harness)).isEqualTo(before);
        assertThat(before.get(before.size() - 2).summary()).isEqualTo("Maire de Lyon quitte le contrat.");
    }

    @Test
    void eventsOfAContractNeverDraftedAreOnTheTimelineWithoutDepartement() {
        ContractId unknown = ContractId.of("CLS-69-NEVER-DRAFTED");
        ProjectionHarness harness = harness().given(
                new ContractSigned(unknown, LocalDate.of(1999, 1, 15),
                                   List.of(new Signature(PartnerId.of("PREFET"), "Michel Besse", null))),
                new PartnerLeft(unknown, RELAIS));
        List<Stored> entries = entries(harness);
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(Stored::departement).containsOnlyNulls();
        assertThat(entries.get(0).summary()).isEqualTo("Contrat signé le 15/01/1999 par 1 signataire : Michel Besse.");
        assertThat(entries.get(1).summary()).isEqualTo("Le partenaire ASSO-RELAIS quitte le contrat.");
        assertThat(entries.get(0).effectiveOn()).isEqualTo(LocalDate.of(1999, 1, 15));
    }

    @Test
    void eventsOfADistrictNeverRegisteredNameItsIdentifier() {
        Stored entry = last(harness().given(new ProximityPolicingDeployed(DistrictId.of("CSP-13-MARSEILLE"),
                                                                          ProximityWave.PILOT, LocalDate.of(1999, 6, 1))));
        assertThat(entry.departement()).isNull();
        assertThat(entry.summary()).isEqualTo("Police de proximité déployée dans la circonscription CSP-13-MARSEILLE "
                                              + "(site pilote) à partir du 01/06/1999.");
    }

    @Test
    void aMayorOfACommuneOutsideTheContractIsNamedByItsCode() {
        Stored entry = last(lyon().given(new PartnerJoined(LYON, PartnerId.of("MAIRE-BRON"), "Annie Guillemot",
                                                           PartnerCategory.MAIRE, InseeCode.of("69029"))));
        assertThat(entry.summary()).isEqualTo("Annie Guillemot (maire de 69029) rejoint le contrat.");
    }
}
