package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.ContractHistory;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Signature;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static fr.interieur.cls.command.testing.LyonContract.BAILLEUR;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_LYON;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_VENISSIEUX;
import static fr.interieur.cls.command.testing.LyonContract.PREFET;
import static fr.interieur.cls.command.testing.LyonContract.PROCUREUR;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.maireLyonJoined;
import static fr.interieur.cls.command.testing.LyonContract.prefetJoined;
import static fr.interieur.cls.command.testing.LyonContract.procureurJoined;
import static fr.interieur.cls.command.testing.LyonContract.recteurJoined;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.CSP_LYON;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MandatorySignatoriesTest {

    /** Lyon and Vénissieux, with the préfet, the procureur, both mayors and the recteur as partners. */
    private final Contract lyonVenissieux = ContractHistory.replay(with(inPreparation(), recteurJoined()));

    @Test
    void thePrefetTheProcureurAndTheMayorOfEachCommuneSuffice() {
        assertThatCode(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PREFET, PROCUREUR, MAIRE_LYON,
                                                                                  MAIRE_VENISSIEUX)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartnerSignsOnce() {
        refused(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PREFET, PROCUREUR, MAIRE_LYON, PREFET,
                                                                          MAIRE_VENISSIEUX)),
                invalid(MandatorySignatories.DUPLICATE_SIGNATORY, "signatures[3].partnerId"));
    }

    @Test
    void otherPartnersMaySignToo() {
        assertThatCode(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PREFET, PROCUREUR, RECTEUR,
                                                                                  MAIRE_LYON, MAIRE_VENISSIEUX)))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommunalContractNeedsOnlyTheMayorOfItsCommune() {
        Contract lyon = ContractHistory.replay(
                new ContractDrafted(ID, "Contrat local de sécurité de Lyon", RHONE, ContractScope.COMMUNE,
                                    List.of(LYON), List.of(CSP_LYON), List.of(), LYON.population(), null),
                prefetJoined(), procureurJoined(), maireLyonJoined());
        assertThatCode(() -> MandatorySignatories.check(lyon, signedBy(PREFET, PROCUREUR, MAIRE_LYON)))
                .doesNotThrowAnyException();
    }

    @Test
    void theMayorOfOneCommuneDoesNotSignForAnotherCoveredCommune() {
        Throwable refusal = refused(() -> MandatorySignatories.check(lyonVenissieux,
                                                                     signedBy(PREFET, PROCUREUR, MAIRE_LYON)),
                                    conflict(MandatorySignatories.RULE));
        assertThat(refusal).hasMessageContaining("the mayor of Vénissieux (69259)")
                           .hasMessageNotContaining("Lyon (69123)");
    }

    @Test
    void theRefusalNamesEveryMissingSignatory() {
        Throwable refusal = refused(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PREFET, RECTEUR)),
                                    conflict(MandatorySignatories.RULE));
        assertThat(refusal).hasMessageContaining("the procureur de la République")
                           .hasMessageContaining("the mayor of Lyon (69123)")
                           .hasMessageContaining("the mayor of Vénissieux (69259)")
                           .hasMessageNotContaining("the préfet");
    }

    @Test
    void withoutThePrefetTheContractIsNotSigned() {
        Throwable refusal = refused(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PROCUREUR, MAIRE_LYON,
                                                                                             MAIRE_VENISSIEUX)),
                                    conflict(MandatorySignatories.RULE));
        assertThat(refusal).hasMessageContaining("the préfet");
    }

    @Test
    void aSignatureByANonPartnerIsAnInvalidSignatureNamedByItsPosition() {
        refused(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PREFET, PROCUREUR, BAILLEUR, MAIRE_LYON,
                                                                          MAIRE_VENISSIEUX)),
                invalid(MandatorySignatories.UNKNOWN_SIGNATORY, "signatures[2].partnerId"));
    }

    @Test
    void anUnknownSignatoryIsReportedBeforeMissingOnes() {
        // the client first has to fix who signs; what is missing is only known then
        refused(() -> MandatorySignatories.check(lyonVenissieux, signedBy(PartnerId.of("sous-prefet-ville"))),
                invalid(MandatorySignatories.UNKNOWN_SIGNATORY, "signatures[0].partnerId"));
    }

    @Test
    void noSignatureAtAllIsRefused() {
        refused(() -> MandatorySignatories.check(lyonVenissieux, List.of()), conflict(MandatorySignatories.RULE));
    }

    private static List<Signature> signedBy(PartnerId... partners) {
        return Arrays.stream(partners).map(partner -> new Signature(partner, "Signataire " + partner, null))
                               .toList();
    }
}
