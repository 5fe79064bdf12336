package fr.interieur.cls.command.contract.action;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.ActionSheet;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.ACTION;
import static fr.interieur.cls.command.testing.LyonContract.BAILLEUR;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.IN_PREPARATION_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.actionAdded;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.incivilities;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class AddActionTest {

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    AddActionTest() {
        fixture.registerAnnotatedCommandHandler(new AddActionHandler(new Contracts(fixture.getRepository())));
    }

    @Test
    void anActionSheetJoinsTheActionPlan() {
        fixture.given(inPreparation())
               .when(addAction(actionAdded()))
               .expectEvents(actionAdded());
    }

    @Test
    void aSignedContractTakesNewActions() {
        ActionAdded schoolSafety = withId(actionAdded(), ActionId.of("FA-02-SECURITE-SCOLAIRE"));
        fixture.given(signedContract())
               .when(addAction(schoolSafety))
               .expectEvents(schoolSafety);
    }

    @Test
    void anActionIdIsUsedOnce() {
        fixture.given(with(inPreparation(), actionAdded()))
               .when(addAction(actionAdded()))
               .expectException(conflict(AddActionHandler.ALREADY_EXISTS))
               .expectNoEvents();
    }

    @Test
    void theLeadPartnerIsAPartnerOfTheContract() {
        AddAction command = addAction(actionAdded());
        fixture.given(inPreparation())
               .when(new AddAction(ID, ACTION, command.title(), command.theme(), command.objective(), BAILLEUR,
                                   command.partnerIds(), command.sectorIds(), command.startOn(), command.endOn(),
                                   command.budget(), command.indicators()))
               .expectException(invalid(ActionSheet.LEAD_PARTNER, "leadPartnerId"))
               .expectNoEvents();
    }

    @Test
    void theOtherPartnersArePartnersOfTheContract() {
        AddAction command = addAction(actionAdded());
        fixture.given(inPreparation())
               .when(new AddAction(ID, ACTION, command.title(), command.theme(), command.objective(),
                                   command.leadPartnerId(), List.of(command.partnerIds().get(0), RECTEUR),
                                   command.sectorIds(), command.startOn(), command.endOn(), command.budget(),
                                   command.indicators()))
               .expectException(invalid(ActionSheet.PARTNER, "partnerIds[1]"))
               .expectNoEvents();
    }

    @Test
    void anActionIsFollowedByAtLeastOneIndicator() {
        fixture.given(inPreparation())
               .when(withIndicators(List.of()))
               .expectException(invalid(ActionSheet.INDICATOR, "indicators"))
               .expectNoEvents();
    }

    @Test
    void everyIndicatorHasABaseline() {
        Indicator noBaseline = new Indicator(IndicatorId.of("mediations-conduites"), "Médiations conduites",
                                             "médiations par mois", null, null, "association de médiation");
        fixture.given(inPreparation())
               .when(withIndicators(List.of(incivilities(), noBaseline)))
               .expectException(invalid(ActionSheet.BASELINE, "indicators[1].baseline"))
               .expectNoEvents();
    }

    @Test
    void anActionDoesNotEndBeforeItStarts() {
        AddAction command = addAction(actionAdded());
        fixture.given(inPreparation())
               .when(new AddAction(ID, ACTION, command.title(), command.theme(), command.objective(),
                                   command.leadPartnerId(), command.partnerIds(), command.sectorIds(),
                                   LocalDate.of(2001, 1, 1), LocalDate.of(2000, 12, 31), command.budget(),
                                   command.indicators()))
               .expectException(invalid(ActionSheet.CALENDAR, "endOn"))
               .expectNoEvents();
    }

    @Test
    void anActionIsDeclinedOnlyInSectorsTheContractCovers() {
        fixture.given(inPreparation())
               .when(withSectors(List.of(MINGUETTES, LYON_9E)))
               .expectException(invalid(ActionSheet.SECTOR, "sectorIds[1]"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(addAction(withId(actionAdded(), ActionId.of("FA-02-SECURITE-SCOLAIRE"))))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotAddActions() {
        fixture.given(inPreparation())
               .when(addAction(actionAdded()), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(inPreparation())
               .when(addAction(actionAdded()), prefectureOf("69", IN_PREPARATION_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static AddAction addAction(ActionAdded action) {
        return new AddAction(action.contractId(), action.actionId(), action.title(), action.theme(),
                             action.objective(), action.leadPartnerId(), action.partnerIds(), action.sectorIds(),
                             action.startOn(), action.endOn(), action.budget(), action.indicators());
    }

    private static ActionAdded withId(ActionAdded action, ActionId actionId) {
        return new ActionAdded(action.contractId(), actionId, action.title(), action.theme(), action.objective(),
                               action.leadPartnerId(), action.partnerIds(), action.sectorIds(), action.startOn(),
                               action.endOn(), action.budget(), action.indicators());
    }

    private static AddAction withIndicators(List<Indicator> indicators) {
        AddAction command = addAction(actionAdded());
        return new AddAction(ID, ACTION, command.title(), command.theme(), command.objective(),
                             command.leadPartnerId(), command.partnerIds(), command.sectorIds(), command.startOn(),
                             command.endOn(), command.budget(), indicators);
    }

    private static AddAction withSectors(List<SectorId> sectorIds) {
        AddAction command = addAction(actionAdded());
        return new AddAction(ID, ACTION, command.title(), command.theme(), command.objective(),
                             command.leadPartnerId(), command.partnerIds(), sectorIds, command.startOn(),
                             command.endOn(), command.budget(), command.indicators());
    }
}
