package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract as it stood, over five years of its life ({@link ContractLife}): at instants and dates (a date is
 * the end of that day in Paris), at versions, before its signature, after an amendment, after its end; what
 * changed between versions; and, now, exactly the contracts projection's document.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractStateIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ContractId LYON = ContractId.of("CLS-69-ST-" + SUFFIX);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private long head;

    @BeforeAll
    void history() {
        head = ContractLife.append(new EventStoreWriter(dataSource), ContractLife.of(LYON));
    }

    private JsonNode get(String query) {
        Http.Response response = Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                                     .get("/api/v1/audit/contracts/" + LYON + "/state" + query);
        assertThat(response.status()).as(query + ": " + response).isEqualTo(200);
        return response.json();
    }

    private int status(String query) {
        return Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                   .get("/api/v1/audit/contracts/" + LYON + "/state" + query).status();
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    @Test
    void beforeItsDraftingThereWasNoContract() {
        JsonNode answer = get("?asOf=1998-08-31");

        assertThat(answer.path("contractId").asText()).isEqualTo(LYON.value());
        assertThat(answer.path("version").asLong()).isZero();
        assertThat(answer.path("state").isNull()).isTrue();
        assertThat(answer.path("currentVersion").asLong()).isEqualTo(25);
    }

    @Test
    void aDateIsTheEndOfThatDayInParis() {
        // the school action was recorded at 23:30 UTC on 1 December 1998: 00:30 on the 2nd in Paris
        JsonNode first = get("?asOf=1998-12-01");
        assertThat(first.path("asOf").asText()).isEqualTo("1998-12-01T22:59:59.999999999Z");
        assertThat(ids(first.path("state").path("actions"), "actionId")).containsExactly("A-NUIT");
        assertThat(first.path("version").asLong()).isEqualTo(7);

        JsonNode second = get("?asOf=1998-12-02");
        assertThat(ids(second.path("state").path("actions"), "actionId")).containsExactly("A-NUIT", "A-ECOLE");
        JsonNode instant = get("?asOf=1998-12-01T23:30:00Z");
        assertThat(instant.path("version").asLong()).as("an instant includes what was recorded at it").isEqualTo(8);
    }

    @Test
    void beforeItsSignatureItWasInPreparationWithItsPartnersDiagnosticAndPlan() {
        JsonNode answer = get("?asOf=1999-01-15T09:59:59Z");
        JsonNode state = answer.path("state");

        assertThat(answer.path("version").asLong()).isEqualTo(ContractLife.SIGNED);
        assertThat(answer.path("position").asLong()).isPositive();
        assertThat(state.path("status").asText()).isEqualTo("IN_PREPARATION");
        assertThat(state.has("signedOn")).isFalse();
        assertThat(state.has("signatures")).isFalse();
        assertThat(ids(state.path("partners"), "partnerId")).containsExactly("PREFET", "PROCUREUR", "MAIRE-LYON", "OPAC");
        assertThat(state.path("diagnostic").path("version").asInt()).isEqualTo(1);
        assertThat(ids(state.path("actions"), "status")).containsExactly("PLANNED", "PLANNED");
        assertThat(state.path("committeeMeetings")).isEmpty();
        assertThat(state.path("version").asLong()).isEqualTo(ContractLife.SIGNED);
    }

    @Test
    void onTheDayOfItsSignatureItWasSigned() {
        JsonNode state = get("?asOf=1999-01-15").path("state");

        assertThat(state.path("status").asText()).isEqualTo("SIGNED");
        assertThat(state.path("signedOn").asText()).isEqualTo("1999-01-15");
        assertThat(ids(state.path("signatures"), "partnerId")).containsExactly("PREFET", "PROCUREUR", "MAIRE-LYON");
        assertThat(state.path("signatures").get(2).path("onBehalfOf").asText()).isEqualTo("la Ville de Lyon");
    }

    @Test
    void versionsFollowTheActionsAndMeetings() {
        JsonNode eleven = get("?version=11").path("state");
        assertThat(eleven.path("committeeMeetings")).hasSize(1);
        assertThat(eleven.path("chairDelegations").get(0).path("sousPrefet").asText()).isEqualTo("Claire Martin");
        assertThat(eleven.path("actions").get(0).path("status").asText()).isEqualTo("PLANNED");

        JsonNode twelve = get("?version=12");
        assertThat(twelve.path("version").asLong()).isEqualTo(12);
        JsonNode night = twelve.path("state").path("actions").get(0);
        assertThat(night.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(night.path("indicators").get(0).path("latest").path("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(night.path("notes").get(0).path("text").asText()).isEqualTo("Six correspondants recrutés");

        JsonNode eighteen = get("?version=18").path("state");
        assertThat(ids(eighteen.path("actions"), "status")).containsExactly("COMPLETED", "ABANDONED");
        assertThat(eighteen.path("actions").get(0).path("indicators").get(0).path("latest").path("value").decimalValue())
                .isEqualByComparingTo("410.5");
        assertThat(eighteen.path("diagnostic").path("version").asInt()).isEqualTo(2);
        assertThat(eighteen.path("diagnostic").path("history")).hasSize(2);
    }

    @Test
    void afterTheAmendmentItCoveredVilleurbanneToo() {
        JsonNode before = get("?asOf=1999-10-01T09:59:59.999Z").path("state");
        assertThat(ids(before.path("communes"), "code")).containsExactly("69123");
        assertThat(before.path("populationCovered").asLong()).isEqualTo(21233);

        JsonNode after = get("?asOf=1999-10-01T10:00:00Z");
        assertThat(after.path("version").asLong()).isEqualTo(ContractLife.AMENDED + 1);
        JsonNode state = after.path("state");
        assertThat(ids(state.path("communes"), "code")).containsExactly("69123", "69266");
        assertThat(state.path("sectorIds")).hasSize(2);
        assertThat(state.path("populationCovered").asLong()).isEqualTo(145448);
        assertThat(ids(state.path("amendments"), "amendmentId")).containsExactly("AV-1");
        assertThat(ids(state.path("partners"), "partnerId")).contains("ASSO-RELAIS");
    }

    @Test
    void afterItsEndItWasEndedWithItsWholeStory() {
        JsonNode answer = get("?asOf=2003-02-01");
        JsonNode state = answer.path("state");

        assertThat(answer.path("version").asLong()).isEqualTo(ContractLife.ENDED + 1);
        assertThat(state.path("status").asText()).isEqualTo("ENDED");
        assertThat(state.path("end").path("reason").asText()).isEqualTo("EXPIRED");
        assertThat(state.path("end").path("endedOn").asText()).isEqualTo("2003-01-31");
        assertThat(state.path("followUp").path("council").asText()).isEqualTo("CLSPD de Lyon");
        assertThat(ids(state.path("formerPartners"), "partnerId")).containsExactly("OPAC");
        assertThat(ids(state.path("actions"), "status")).containsExactly("COMPLETED", "ABANDONED", "PLANNED");
        assertThat(state.path("assessments").get(0).path("year").asInt()).isEqualTo(1999);
        assertThat(state.path("committeeMeetings")).hasSize(2);
        assertThat(state.path("reviewMeetings")).hasSize(1);
        assertThat(state.path("communications")).hasSize(1);
        // the day before its end it was still signed
        assertThat(get("?asOf=2003-01-30").path("state").path("status").asText()).isEqualTo("SIGNED");
    }

    @Test
    void showsWhatChangedBetweenTwoVersions() {
        JsonNode signature = get("?version=" + ContractLife.SIGNED + "&compareTo=" + (ContractLife.SIGNED + 1));
        assertThat(signature.path("from").asLong()).isEqualTo(ContractLife.SIGNED);
        assertThat(signature.path("to").asLong()).isEqualTo(ContractLife.SIGNED + 1);
        assertThat(ids(signature.path("changes"), "path")).containsExactly("/status", "/signedOn", "/signatures");
        assertThat(signature.path("changes").get(0).path("before").asText()).isEqualTo("IN_PREPARATION");
        assertThat(signature.path("changes").get(0).path("after").asText()).isEqualTo("SIGNED");
        assertThat(signature.path("changes").get(1).path("before").isNull()).isTrue();

        JsonNode joined = get("?version=13&compareTo=14");
        assertThat(ids(joined.path("changes"), "path")).containsExactly("/partners/ASSO-RELAIS");
        assertThat(joined.path("changes").get(0).path("after").path("category").asText()).isEqualTo("ASSOCIATION");

        JsonNode amendment = get("?version=" + ContractLife.AMENDED + "&compareTo=" + (ContractLife.AMENDED + 1));
        assertThat(ids(amendment.path("changes"), "path")).containsExactly(
                "/communes/69266", "/sectorIds/1", "/populationCovered", "/amendments/AV-1");

        JsonNode years = get("?version=12&compareTo=18");
        assertThat(ids(years.path("changes"), "path")).contains(
                "/actions/A-NUIT/status", "/actions/A-ECOLE/status", "/diagnostic/version",
                "/diagnostic/history/2", "/communes/69266", "/partners/ASSO-RELAIS");

        JsonNode backwards = get("?version=14&compareTo=13");
        assertThat(backwards.path("changes").get(0).path("path").asText()).isEqualTo("/partners/ASSO-RELAIS");
        assertThat(backwards.path("changes").get(0).path("after").isNull()).isTrue();
        assertThat(get("?version=5&compareTo=5").path("changes")).isEmpty();
    }

    @Test
    void nowItIsExactlyTheContractsProjectionsDocument() {
        JsonNode answer = get("");
        assertThat(answer.path("version").asLong()).isEqualTo(25);
        assertThat(get("?version=25").path("state")).isEqualTo(answer.path("state"));

        Http.Response detail = Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                                   .get("/api/v1/contracts/" + LYON + "?minPosition=" + head);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        ObjectNode projected = (ObjectNode) detail.json();
        projected.remove(List.of("flags", "flagDetails", "actionsByStatus"));
        assertThat(answer.path("state")).isEqualTo(projected);
        assertThat(answer.path("position").asLong()).isEqualTo(head);
    }

    @Test
    void refusesWhatCannotBeAnswered() {
        assertThat(status("?version=0")).isEqualTo(400);
        assertThat(status("?version=-3")).isEqualTo(400);
        assertThat(status("?version=three")).isEqualTo(400);
        assertThat(status("?version=26")).as("beyond the current version").isEqualTo(404);
        assertThat(status("?version=3&compareTo=26")).isEqualTo(404);
        assertThat(status("?version=3&compareTo=0")).isEqualTo(400);
        assertThat(status("?compareTo=3")).isEqualTo(400);
        assertThat(status("?asOf=yesterday")).isEqualTo(400);
        assertThat(status("?asOf=1999-01-01&version=3")).isEqualTo(400);
        assertThat(Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                       .get("/api/v1/audit/contracts/CLS-69-NOWHERE-" + SUFFIX + "/state?version=1").status())
                .isEqualTo(404);
    }
}
