package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.ContractHistory;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.PartnerId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.LyonContract.BAILLEUR;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_LYON;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_VENISSIEUX;
import static fr.interieur.cls.command.testing.LyonContract.PREFET;
import static fr.interieur.cls.command.testing.LyonContract.PROCUREUR;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.incivilities;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.recteurJoined;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThatCode;

class ActionSheetTest {

    private static final LocalDate START = LocalDate.of(2001, 1, 1);
    private static final LocalDate END = LocalDate.of(2001, 12, 31);

    /** Sectors: Lyon 8e and Les Minguettes; partners: préfet, procureur, both mayors. */
    private final Contract contract = ContractHistory.replay(inPreparation());

    @Test
    void aCompleteActionSheetPasses() {
        assertThatCode(() -> ActionSheet.check(contract, MAIRE_VENISSIEUX, List.of(PREFET, PROCUREUR),
                                               List.of(incivilities()), START, END, List.of(MINGUETTES, LYON_8E)))
                .doesNotThrowAnyException();
    }

    @Test
    void theLeadPartnerIsAPartnerOfTheContract() {
        refused(() -> ActionSheet.check(contract, BAILLEUR, List.of(), List.of(incivilities()), START, END, List.of()),
                invalid(ActionSheet.LEAD_PARTNER, "leadPartnerId"));
    }

    @Test
    void aPartnerWhoLeftNoLongerLeadsActions() {
        Contract recteurLeft = ContractHistory.replay(with(inPreparation(), recteurJoined(),
                                                           new PartnerLeft(ID, RECTEUR)));
        refused(() -> ActionSheet.check(recteurLeft, RECTEUR, List.of(), List.of(incivilities()), START, END,
                                        List.of()),
                invalid(ActionSheet.LEAD_PARTNER, "leadPartnerId"));
    }

    @Test
    void everyOtherPartnerIsAPartnerOfTheContractAndIsNamedByItsPosition() {
        refused(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(PREFET, PROCUREUR, PartnerId.of("tcl")),
                                        List.of(incivilities()), START, END, List.of()),
                invalid(ActionSheet.PARTNER, "partnerIds[2]"));
    }

    @Test
    void anActionWithoutIndicatorCannotBeFollowed() {
        refused(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(), START, END, List.of()),
                invalid(ActionSheet.INDICATOR, "indicators"));
    }

    @Test
    void everyIndicatorHasABaselineNamedByItsPosition() {
        Indicator noBaseline = new Indicator(IndicatorId.of("mediations"), "Médiations conduites", "par mois", null,
                                             new BigDecimal("40"), null);
        refused(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(incivilities(), noBaseline), START,
                                        END, List.of()),
                invalid(ActionSheet.BASELINE, "indicators[1].baseline"));
    }

    @Test
    void aBaselineOfZeroIsABaseline() {
        Indicator fromZero = new Indicator(IndicatorId.of("mediateurs-recrutes"), "Médiateurs recrutés", "personnes",
                                           BigDecimal.ZERO, new BigDecimal("6"), null);
        assertThatCode(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(fromZero), START, END,
                                               List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void anActionMayStartAndEndTheSameDay() {
        LocalDate openDay = LocalDate.of(2001, 5, 19);
        assertThatCode(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(incivilities()), openDay,
                                               openDay, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void anActionDoesNotEndBeforeItStarts() {
        refused(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(incivilities()), START,
                                        START.minusDays(1), List.of()),
                invalid(ActionSheet.CALENDAR, "endOn"));
    }

    @Test
    void anActionNeedNotBeDeclinedBySector() {
        // not declining by sector is a warning of the query side, not a refusal
        assertThatCode(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(incivilities()), START, END,
                                               List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void anActionIsDeclinedOnlyInSectorsTheContractCoversNamedByPosition() {
        refused(() -> ActionSheet.check(contract, MAIRE_LYON, List.of(), List.of(incivilities()), START, END,
                                        List.of(LYON_8E, LYON_9E)),
                invalid(ActionSheet.SECTOR, "sectorIds[1]"));
    }

    @Test
    void aSectorWithdrawnByAnAmendmentIsNoLongerCovered() {
        Contract amended = ContractHistory.replay(with(signedContract(), new ContractAmended(
                ID, AmendmentId.of("AVENANT-1"), LocalDate.of(2001, 10, 1), "Retrait du secteur des Minguettes",
                List.of(), List.of(), List.of(), List.of(), List.of(MINGUETTES), null)));
        refused(() -> ActionSheet.check(amended, MAIRE_VENISSIEUX, List.of(), List.of(incivilities()), START, END,
                                        List.of(MINGUETTES)),
                invalid(ActionSheet.SECTOR, "sectorIds[0]"));
    }

    @Test
    void aSectorAddedByAnAmendmentIsCovered() {
        Contract amended = ContractHistory.replay(with(signedContract(), new ContractAmended(
                ID, AmendmentId.of("AVENANT-1"), LocalDate.of(2001, 10, 1), "Ajout de la Duchère",
                List.of(), List.of(), List.of(), List.of(LYON_9E), List.of(), null)));
        assertThatCode(() -> ActionSheet.check(amended, MAIRE_LYON, List.of(), List.of(incivilities()), START, END,
                                               List.of(LYON_9E)))
                .doesNotThrowAnyException();
    }
}
