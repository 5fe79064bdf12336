package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Signature;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given contract events, then the contract row and its document. */
class ContractsProjectorIT {

    private static final ContractId LYON = ContractId.of("CLS-69-LYON");

    private static ContractDrafted drafted() {
        return new ContractDrafted(LYON, "Contrat local de sécurité de Lyon", DepartementCode.of("69"),
                                   ContractScope.COMMUNE, List.of(new Commune(InseeCode.of("69123"), "Lyon", 445452)),
                                   List.of(), List.of(), 445452, null);
    }

    @Test
    void aDraftedContractIsInPreparationWithItsTerritory() {
        ProjectionHarness harness = ProjectionHarness.of(new ContractsProjection()).given(drafted());
        JsonNode document = harness.json("contracts_contract", "document", "contract_id = ?", "CLS-69-LYON");
        assertThat(document.path("status").asText()).isEqualTo("IN_PREPARATION");
        assertThat(document.path("communes").get(0).path("code").asText()).isEqualTo("69123");
        assertThat(document.path("version").asLong()).isEqualTo(1);
        assertThat(harness.rows("contracts_contract").get(0).get("departement")).isEqualTo("69");
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        ProjectionHarness harness = ProjectionHarness.of(new ContractsProjection()).given(drafted());
        TrackedEventMessage<?> joined = harness.message(new PartnerJoined(LYON, PartnerId.of("PREFET"), "Préfet du Rhône",
                                                                          PartnerCategory.PREFET, null), MetaData.emptyInstance());
        harness.apply(List.of(joined));
        harness.apply(List.of(joined));
        JsonNode document = harness.json("contracts_contract", "document", "contract_id = ?", "CLS-69-LYON");
        assertThat(document.path("partners")).hasSize(1);
        assertThat(document.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void anEventOfAnUnknownContractIsSkipped() {
        ProjectionHarness harness = ProjectionHarness.of(new ContractsProjection())
                .given(new ContractSigned(ContractId.of("CLS-69-NEVER-DRAFTED"), LocalDate.of(1999, 1, 15),
                                          List.of(new Signature(PartnerId.of("PREFET"), "Préfet", null))));
        assertThat(harness.rows("contracts_contract")).isEmpty();
    }
}
