package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.MeetingId;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the contract events carry themselves, whoever builds them. */
class ContractEventRulesTest {

    private static final ContractId CONTRACT = ContractId.of("CLS-69-AGGLO-EST-1999");
    private static final Commune LYON = new Commune(InseeCode.of("69123"), "Lyon", 445_452);

    @Test
    void aMayorNamesHisCommune() {
        assertThat(new PartnerJoined(CONTRACT, PartnerId.of("maire-69259"), "le maire de Vénissieux",
                PartnerCategory.MAIRE, InseeCode.of("69259")).communeCode()).isEqualTo(InseeCode.of("69259"));
        assertThatThrownBy(() -> new PartnerJoined(CONTRACT, PartnerId.of("maire-69259"), "le maire de Vénissieux",
                PartnerCategory.MAIRE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("communeCode");
        // other partners need no commune
        assertThat(new PartnerJoined(CONTRACT, PartnerId.of("prefet-69"), "le préfet du Rhône",
                PartnerCategory.PREFET, null).communeCode()).isNull();
    }

    @Test
    void theNextCommitteeMeetingComesAfterThisOne() {
        LocalDate heldOn = LocalDate.of(1999, 6, 15);
        Chair prefet = new Chair("le préfet du Rhône", ChairOffice.PREFET);

        assertThat(new CommitteeMeetingHeld(CONTRACT, MeetingId.of("COPIL-1"), heldOn, prefet, null, null, null,
                heldOn.plusDays(1)).nextMeetingOn()).isEqualTo(heldOn.plusDays(1));
        assertThatThrownBy(() -> new CommitteeMeetingHeld(CONTRACT, MeetingId.of("COPIL-1"), heldOn, prefet, null,
                null, null, heldOn))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("next meeting");
        assertThatThrownBy(() -> new CommitteeMeetingHeld(CONTRACT, MeetingId.of("COPIL-1"), heldOn, prefet, null,
                List.of(ActionId.of("FA-1"), ActionId.of("FA-1")), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2101, 0, -2000})
    void anAssessmentIsForAPlausibleYear(int year) {
        assertThatThrownBy(() -> new AssessmentRecorded(CONTRACT, year, "résultats", "impact", "suivi", null, null,
                false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year");
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2000, 2100})
    void assessmentYearsWithinRangeAreAccepted(int year) {
        assertThat(new AssessmentRecorded(CONTRACT, year, "résultats", "impact", "suivi", " ", null, false)
                .perceptionChange()).isNull();
    }

    @Test
    void diagnosticVersionsStartAtOneAndCompletenessNeedsAllThreeParts() {
        LocalDate adopted = LocalDate.of(1998, 11, 20);
        Delinquency delinquency = new Delinquency("violences urbaines", null);
        Perception perception = new Perception("sentiment d'insécurité", null);
        Responses responses = new Responses("réponses pénales lentes");

        assertThat(new DiagnosticAdopted(CONTRACT, 1, adopted, delinquency, perception, responses, null)
                .isComplete()).isTrue();
        assertThat(new DiagnosticAdopted(CONTRACT, 1, adopted, null, perception, responses, null).isComplete())
                .isFalse();
        assertThat(new DiagnosticAdopted(CONTRACT, 1, adopted, delinquency, null, responses, null).isComplete())
                .isFalse();
        assertThat(new DiagnosticAdopted(CONTRACT, 1, adopted, delinquency, perception, null, null).isComplete())
                .isFalse();
        assertThatThrownBy(() -> new DiagnosticAdopted(CONTRACT, 0, adopted, delinquency, perception, responses,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    @Test
    void anActionListsEachIndicatorOnce() {
        Indicator indicator = new Indicator(IndicatorId.of("IND-1"), "incivilités", "par mois", BigDecimal.TEN,
                BigDecimal.ONE, null);

        assertThatThrownBy(() -> new ActionAdded(CONTRACT, ActionId.of("FA-1"), "médiateurs", ActionTheme.MEDIATION,
                null, PartnerId.of("prefet-69"), null, null, LocalDate.of(1999, 2, 1), LocalDate.of(2001, 12, 31),
                null, List.of(indicator, indicator)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicators");
    }

    @Test
    void aContractListsEachCommuneOnceAndCoversNoNegativePopulation() {
        Commune lyonAgain = new Commune(InseeCode.of("69123"), "Lyon", 1);

        assertThatThrownBy(() -> new ContractDrafted(CONTRACT, "CLS", DepartementCode.of("69"), ContractScope.COMMUNE,
                List.of(LYON, lyonAgain), null, null, 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("communes");
        assertThatThrownBy(() -> new ContractDrafted(CONTRACT, "CLS", DepartementCode.of("69"), ContractScope.COMMUNE,
                List.of(LYON), null, null, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractAmended(CONTRACT, AmendmentId.of("AV-1"),
                LocalDate.of(2000, 11, 6), "avenant", null, null, null, null, null, -5L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPartnerSignsOnce() {
        Signature prefet = new Signature(PartnerId.of("prefet-69"), "le préfet", null);
        Signature prefetAgain = new Signature(PartnerId.of("prefet-69"), "le secrétaire général", "le préfet");

        assertThatThrownBy(() -> new ContractSigned(CONTRACT, LocalDate.of(1999, 1, 10), List.of(prefet, prefetAgain)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signatures");
    }

    @Test
    void progressSaysWhetherTheStatusChanged() {
        ActionId action = ActionId.of("FA-1");

        assertThat(new ActionProgressRecorded(CONTRACT, action, ActionStatus.PLANNED,
                ActionStatus.IN_PROGRESS, null, null, null).statusChanged()).isTrue();
        assertThat(new ActionProgressRecorded(CONTRACT, action, ActionStatus.IN_PROGRESS,
                ActionStatus.IN_PROGRESS, null, "point d'étape", null).statusChanged())
                .isFalse();
    }
}
