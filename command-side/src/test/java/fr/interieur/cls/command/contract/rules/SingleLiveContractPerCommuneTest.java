package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.testing.FakeTerritoryClaims;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.VILLEURBANNE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SingleLiveContractPerCommuneTest {

    private static final ContractId VENISSIEUX_1998 = ContractId.of("CLS-69-VENISSIEUX-1998");
    private static final ContractId AGGLOMERATION = ContractId.of("CLS-69-LYON-VENISSIEUX");
    private static final ContractId TCL_NETWORK = ContractId.of("CLS-69-RESEAU-TCL");
    private static final ContractId DUCHERE = ContractId.of("CLS-69-LYON-DUCHERE");
    private static final ContractId ETATS_UNIS = ContractId.of("CLS-69-LYON-ETATS-UNIS");
    private static final ContractId VILLEURBANNE_CONTRACT = ContractId.of("CLS-69-VILLEURBANNE");

    private final FakeTerritoryClaims claims = new FakeTerritoryClaims();

    @Test
    void aCommuneNoLiveContractCoversIsFree() {
        claims.live(VILLEURBANNE_CONTRACT, ContractScope.COMMUNE, VILLEURBANNE.code());
        assertThatCode(() -> checkIntercommunal(AGGLOMERATION, null)).doesNotThrowAnyException();
    }

    @Test
    void aCommuneIsNotInTwoLiveContractsOfTheSameKind() {
        claims.live(VENISSIEUX_1998, ContractScope.COMMUNE, VENISSIEUX.code());
        Throwable refusal = refused(() -> checkIntercommunal(AGGLOMERATION, null),
                                    conflict(SingleLiveContractPerCommune.RULE));
        assertThat(refusal).hasMessageContaining("commune 69259 (contract CLS-69-VENISSIEUX-1998)")
                           .hasMessageNotContaining("69123");
    }

    @Test
    void communalIntercommunalAndArrondissementContractsAreOneKind() {
        claims.live(VENISSIEUX_1998, ContractScope.ARRONDISSEMENT, LYON.code());
        refused(() -> checkIntercommunal(AGGLOMERATION, null), conflict(SingleLiveContractPerCommune.RULE));
    }

    @Test
    void aTransportNetworkContractIsAnotherKindThanACommunalOne() {
        claims.live(TCL_NETWORK, ContractScope.TRANSPORT_NETWORK, LYON.code(), VENISSIEUX.code());
        assertThatCode(() -> checkIntercommunal(AGGLOMERATION, null)).doesNotThrowAnyException();
    }

    @Test
    void twoTransportNetworkContractsDoNotShareACommune() {
        claims.live(TCL_NETWORK, ContractScope.TRANSPORT_NETWORK, LYON.code(), VENISSIEUX.code());
        refused(() -> SingleLiveContractPerCommune.check(claims, ContractId.of("CLS-69-SNCF-TER"), null,
                                                         ContractScope.TRANSPORT_NETWORK, List.of(LYON.code()),
                                                         List.of()),
                conflict(SingleLiveContractPerCommune.RULE));
    }

    @Test
    void aQuartierContractIsAnotherKindThanACommunalOne() {
        claims.live(AGGLOMERATION, ContractScope.INTERCOMMUNAL, LYON.code(), VENISSIEUX.code());
        assertThatCode(() -> SingleLiveContractPerCommune.check(claims, DUCHERE, null, ContractScope.QUARTIER,
                                                                List.of(LYON.code()), List.of(LYON_9E)))
                .doesNotThrowAnyException();
    }

    @Test
    void quartierContractsNamingSectorsAreComparedBySectorNotByCommune() {
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of(LYON_9E));
        assertThatCode(() -> SingleLiveContractPerCommune.check(claims, ETATS_UNIS, null, ContractScope.QUARTIER,
                                                                List.of(LYON.code()), List.of(LYON_8E)))
                .doesNotThrowAnyException();
    }

    @Test
    void twoQuartierContractsDoNotShareASector() {
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of(LYON_9E));
        Throwable refusal = refused(() -> SingleLiveContractPerCommune.check(
                                            claims, ETATS_UNIS, null, ContractScope.QUARTIER, List.of(LYON.code()),
                                            List.of(LYON_8E, LYON_9E)),
                                    conflict(SingleLiveContractPerCommune.RULE));
        assertThat(refusal).hasMessageContaining("sector LYON-9E-DUCHERE (contract CLS-69-LYON-DUCHERE)");
    }

    @Test
    void aQuartierContractNamingNoSectorIsComparedByCommune() {
        // without sectors nothing says which quartiers it covers, so any quartier contract of the commune overlaps
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of(LYON_9E));
        refused(() -> SingleLiveContractPerCommune.check(claims, ETATS_UNIS, null, ContractScope.QUARTIER,
                                                         List.of(LYON.code()), List.of()),
                conflict(SingleLiveContractPerCommune.RULE));
    }

    @Test
    void aQuartierContractNamingSectorsOverlapsOneThatNamesNoneInItsCommune() {
        // the same overlap whichever was drafted first
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of());
        refused(() -> SingleLiveContractPerCommune.check(claims, ETATS_UNIS, null, ContractScope.QUARTIER,
                                                         List.of(LYON.code()), List.of(LYON_8E)),
                conflict(SingleLiveContractPerCommune.RULE));
    }

    @Test
    void aContractMayCoverTheCommunesOfTheContractItSupersedes() {
        claims.live(VENISSIEUX_1998, ContractScope.COMMUNE, VENISSIEUX.code());
        assertThatCode(() -> checkIntercommunal(AGGLOMERATION, VENISSIEUX_1998)).doesNotThrowAnyException();
    }

    @Test
    void aSupersededContractMayTakeACommuneOfTheContractSupersedingIt() {
        // an amendment of the old contract while the new one is prepared
        claims.live(AGGLOMERATION, ContractScope.INTERCOMMUNAL, VENISSIEUX_1998, List.of(LYON.code(),
                                                                                      VENISSIEUX.code()), List.of());
        assertThatCode(() -> SingleLiveContractPerCommune.check(claims, VENISSIEUX_1998, null, ContractScope.COMMUNE,
                                                                List.of(LYON.code()), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void supersedingOneContractDoesNotOverrideAnOtherOne() {
        claims.live(VENISSIEUX_1998, ContractScope.COMMUNE, VENISSIEUX.code())
              .live(ContractId.of("CLS-69-LYON-1999"), ContractScope.COMMUNE, LYON.code());
        Throwable refusal = refused(() -> checkIntercommunal(AGGLOMERATION, VENISSIEUX_1998),
                                    conflict(SingleLiveContractPerCommune.RULE));
        assertThat(refusal).hasMessageContaining("CLS-69-LYON-1999").hasMessageNotContaining("VENISSIEUX-1998");
    }

    @Test
    void aContractDoesNotConflictWithItself() {
        // an amendment checks the communes it adds against every claim, the contract's own included
        claims.live(AGGLOMERATION, ContractScope.INTERCOMMUNAL, LYON.code(), VENISSIEUX.code());
        assertThatCode(() -> checkIntercommunal(AGGLOMERATION, null)).doesNotThrowAnyException();
    }

    private void checkIntercommunal(ContractId self, ContractId supersedes) {
        SingleLiveContractPerCommune.check(claims, self, supersedes, ContractScope.INTERCOMMUNAL,
                                           List.of(LYON.code(), VENISSIEUX.code()), List.of());
    }
}
