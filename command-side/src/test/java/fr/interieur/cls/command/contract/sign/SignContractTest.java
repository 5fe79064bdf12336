package fr.interieur.cls.command.contract.sign;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.contract.rules.MandatorySignatories;
import fr.interieur.cls.command.contract.rules.ReadyForSignature;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.Signature;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.PREFET;
import static fr.interieur.cls.command.testing.LyonContract.PROCUREUR;
import static fr.interieur.cls.command.testing.LyonContract.READY_TO_SIGN_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.actionAdded;
import static fr.interieur.cls.command.testing.LyonContract.diagnostic;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.incompleteDiagnostic;
import static fr.interieur.cls.command.testing.LyonContract.mandatorySignatures;
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.recteurJoined;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class SignContractTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2000, 11, 20);

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    SignContractTest() {
        fixture.registerAnnotatedCommandHandler(
                new SignContractHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void isSignedByThePrefetTheProcureurAndTheMayorOfEveryCommune() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()))
               .expectEvents(new ContractSigned(ID, SIGNED_ON, mandatorySignatures()))
               .expectState(contract -> assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED));
    }

    @Test
    void otherPartnersMaySignBesideTheMandatoryOnes() {
        List<Signature> signatures = withSignature(mandatorySignatures(),
                                                   new Signature(RECTEUR, "Alain Morvan", "le recteur d'académie"));
        fixture.given(with(readyToSign(), recteurJoined()))
               .when(new SignContract(ID, SIGNED_ON, signatures))
               .expectEvents(new ContractSigned(ID, SIGNED_ON, signatures));
    }

    @Test
    void mayBeSignedToday() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, TODAY_DATE, mandatorySignatures()))
               .expectEvents(new ContractSigned(ID, TODAY_DATE, mandatorySignatures()));
    }

    @Test
    void aSignatureDatedInTheFutureIsRefused() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, TOMORROW, mandatorySignatures()))
               .expectException(invalid("date.in-future", "signedOn"))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWithoutTheMayorOfEachCoveredCommune() {
        List<Signature> withoutVenissieux = mandatorySignatures().subList(0, 3);
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, withoutVenissieux))
               .expectException(conflict(MandatorySignatories.RULE))
               .expectExceptionMessage(containsString("the mayor of Vénissieux (69259)"))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWithoutThePrefet() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, without(mandatorySignatures(), PREFET.value())))
               .expectException(conflict(MandatorySignatories.RULE))
               .expectExceptionMessage(containsString("the préfet"))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWithoutTheProcureur() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, without(mandatorySignatures(), PROCUREUR.value())))
               .expectException(conflict(MandatorySignatories.RULE))
               .expectExceptionMessage(containsString("the procureur de la République"))
               .expectNoEvents();
    }

    @Test
    void someoneWhoIsNotAPartnerCannotSign() {
        List<Signature> signatures = withSignature(mandatorySignatures(),
                                                   new Signature(RECTEUR, "Alain Morvan", null));
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, signatures))
               .expectException(invalid(MandatorySignatories.UNKNOWN_SIGNATORY, "signatures[4].partnerId"))
               .expectNoEvents();
    }

    @Test
    void aPartnerWhoLeftCannotSign() {
        List<Signature> signatures = withSignature(mandatorySignatures(),
                                                   new Signature(RECTEUR, "Alain Morvan", null));
        fixture.given(with(readyToSign(), recteurJoined(), new PartnerLeft(ID, RECTEUR)))
               .when(new SignContract(ID, SIGNED_ON, signatures))
               .expectException(invalid(MandatorySignatories.UNKNOWN_SIGNATORY, "signatures[4].partnerId"))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWithoutADiagnostic() {
        fixture.given(with(inPreparation(), actionAdded()))
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()))
               .expectException(conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWhileTheDiagnosticLacksOneOfItsThreeParts() {
        fixture.given(with(inPreparation(), incompleteDiagnostic(1, LocalDate.of(2000, 6, 30)), actionAdded()))
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()))
               .expectException(conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC))
               .expectNoEvents();
    }

    @Test
    void isNotSignedWithoutAnyAction() {
        fixture.given(with(inPreparation(), diagnostic(1, LocalDate.of(2000, 6, 30))))
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()))
               .expectException(conflict(ReadyForSignature.EMPTY_ACTION_PLAN))
               .expectNoEvents();
    }

    @Test
    void aSignedContractIsNotSignedAgain() {
        fixture.given(signedContract())
               .when(new SignContract(ID, TODAY_DATE, mandatorySignatures()))
               .expectException(conflict(ReadyForSignature.ALREADY_SIGNED))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotSign() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()),
                     prefectureOf("69", READY_TO_SIGN_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadTheCurrentVersionSigns() {
        fixture.given(readyToSign())
               .when(new SignContract(ID, SIGNED_ON, mandatorySignatures()), prefectureOf("69", READY_TO_SIGN_VERSION))
               .expectEvents(new ContractSigned(ID, SIGNED_ON, mandatorySignatures()));
    }

    private static List<Signature> withSignature(List<Signature> signatures, Signature more) {
        List<Signature> all = new ArrayList<>(signatures);
        all.add(more);
        return all;
    }

    private static List<Signature> without(List<Signature> signatures, String partnerId) {
        return signatures.stream().filter(signature -> !signature.partnerId().value().equals(partnerId)).toList();
    }
}
