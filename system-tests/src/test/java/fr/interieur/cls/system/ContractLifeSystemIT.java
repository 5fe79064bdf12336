package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both services as processes on one PostgreSQL: a whole contract life sent to the command side, then read on the
 * query side, each read waiting for the position the last command answered.
 */
class ContractLifeSystemIT {

    static ServiceProcess commands;
    static ServiceProcess queries;

    @BeforeAll
    static void start() {
        commands = Services.commandSide();
        queries = Services.querySide();
    }

    @AfterAll
    static void stop() {
        if (queries != null) {
            queries.close();
        }
        if (commands != null) {
            commands.close();
        }
    }

    @Test
    void aContractLifeSentToTheCommandSideIsReadOnTheQuerySide() {
        ContractScenario lyon = new ContractScenario(commands.baseUrl() + "/api/v1").readyToSign();
        lyon.ok(lyon.sign("1999-01-15"));
        String c = "/contracts/" + lyon.contract;
        lyon.ok(lyon.http.post(c + "/chair-delegations", """
                {"sousPrefet": "Mme Claire Martin", "from": "1999-02-01"}"""));
        lyon.ok(lyon.http.post(c + "/actions/A1/progress", """
                {"status": "IN_PROGRESS", "measurements": [{"indicatorId": "IND-A1", "value": 85, "measuredOn": "1999-06-30"}]}"""));
        Http.Response last = lyon.ok(lyon.http.post(c + "/committee-meetings", """
                {"meetingId": "COPIL-1999-07", "heldOn": "1999-07-06",
                 "chair": {"name": "Claire Martin", "office": "SOUS_PREFET"}, "actionsReviewed": ["A1"],
                 "decisions": ["Étendre les correspondants à Mermoz"]}"""));
        long position = last.json().path("position").asLong();

        Http prefecture = Http.at(queries.baseUrl() + "/api/v1").token(TestTokens.prefecture("69"));
        Http.Response detail = prefecture.get(c + "?minPosition=" + position);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        JsonNode contract = detail.json();
        assertThat(contract.path("status").asText()).isEqualTo("SIGNED");
        assertThat(contract.path("version").asLong()).isEqualTo(last.json().path("version").asLong());
        assertThat(contract.path("partners")).hasSize(5);
        assertThat(contract.path("committeeMeetings").get(0).path("chair").path("name").asText()).isEqualTo("Claire Martin");
        JsonNode indicator = contract.path("actions").get(0).path("indicators").get(0);
        assertThat(indicator.path("latest").path("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(contract.path("flags")).isNotNull();

        Http.Response list = prefecture.get("/contracts?departement=69&status=SIGNED&minPosition=" + position);
        assertThat(list.json().path("items").findValuesAsText("id")).contains(lyon.contract);
        assertThat(Http.at(queries.baseUrl() + "/api/v1").token(TestTokens.prefecture("13")).get(c).status())
                .isEqualTo(403);
    }
}
