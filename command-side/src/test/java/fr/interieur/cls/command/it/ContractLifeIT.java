package fr.interieur.cls.command.it;

import fr.interieur.cls.testsupport.ContractScenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole contract life over HTTP, then what PostgreSQL holds: JSON events with their metadata and chain. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractLifeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aContractLivesFromDraftToEndAndEveryActIsAJsonEventWithWhoAndWhy() throws Exception {
        ContractScenario lyon = new ContractScenario(port).readyToSign();
        Http reasoned = lyon.http.header("X-Reason", "Signature en pr%C3%A9sence du ministre").header("X-Correlation-Id", "cabinet-2000-17");
        lyon.ok(reasoned.post("/contracts/" + lyon.contract + "/signature", """
                {"signedOn": "1999-01-15", "signatures": [
                  {"partnerId": "PREFET", "signedBy": "Préfet du Rhône"},
                  {"partnerId": "PROCUREUR", "signedBy": "Procureur de la République"},
                  {"partnerId": "MAIRE-LYON", "signedBy": "Maire de Lyon"},
                  {"partnerId": "RECTEUR", "signedBy": "Recteur"}]}"""));
        String c = "/contracts/" + lyon.contract;
        lyon.ok(lyon.http.post(c + "/chair-delegations", """
                {"sousPrefet": "Mme Claire Martin", "from": "1999-02-01"}"""));
        lyon.ok(lyon.http.post(c + "/actions/A1/progress", """
                {"status": "IN_PROGRESS", "measurements": [{"indicatorId": "IND-A1", "value": 85, "measuredOn": "1999-06-30"}],
                 "note": "Six correspondants recrutés", "reason": "Tableau de bord du 2e trimestre"}"""));
        lyon.ok(lyon.http.post(c + "/committee-meetings", """
                {"meetingId": "COPIL-1999-07", "heldOn": "1999-07-06",
                 "chair": {"name": "Mme Claire MARTIN", "office": "SOUS_PREFET"},
                 "attendees": [{"partnerId": "MAIRE-LYON"}, {"name": "Commissaire central", "organisation": "DDSP du Rhône"}],
                 "actionsReviewed": ["A1"], "decisions": ["Étendre les correspondants à Mermoz"],
                 "nextMeetingOn": "2000-01-11"}"""));
        lyon.ok(lyon.http.post(c + "/communications", """
                {"heldOn": "1999-09-15", "channel": "Réunion publique", "audience": "Habitants de La Duchère",
                 "summary": "Présentation du contrat et des correspondants de nuit"}"""));
        lyon.ok(lyon.http.post(c + "/review-meetings", """
                {"heldOn": "1999-12-02", "participants": ["DDSP", "Éducation nationale", "Bailleurs"],
                 "summary": "Bilan d'étape positif, difficultés dans les transports"}"""));
        lyon.ok(lyon.http.post(c + "/amendments", """
                {"amendmentId": "AV-1", "signedOn": "2000-03-01", "summary": "Retrait du secteur Mermoz, couvert par un contrat de quartier",
                 "removeSectorIds": ["%s"], "populationCovered": 11823}""".formatted(lyon.sector2)));
        lyon.ok(lyon.http.post(c + "/assessments", """
                {"year": 1999, "results": "Baisse de 12 %% des incivilités signalées", "impact": "Faits de voie publique en baisse",
                 "followUpConditions": "Comité de pilotage réuni deux fois", "perceptionChange": "Amélioration ressentie",
                 "proposals": ["Pérenniser les correspondants de nuit"]}"""));
        lyon.ok(lyon.http.post(c + "/follow-up-transfers", """
                {"council": "CLSPD de Lyon", "transferredOn": "2002-03-12"}"""));
        Http.Response ended = lyon.ok(lyon.http.header("X-Reason", "Contrat arriv%C3%A9 %C3%A0 %C3%A9ch%C3%A9ance").post(c + "/end", """
                {"endedOn": "2002-06-30", "reason": "EXPIRED"}"""));

        assertThat(ended.json().path("version").asLong()).isEqualTo(18);
        assertThat(ended.header("ETag")).isEqualTo("\"18\"");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT global_index, sequence_number, payload_type, payload_revision, payload::text AS payload, "
                        + "meta_data::text AS meta FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number", lyon.contract);
        assertThat(rows).extracting(row -> row.get("payload_type")).containsExactly(
                "ContractDrafted", "PartnerJoined", "PartnerJoined", "PartnerJoined", "PartnerJoined", "PartnerJoined",
                "DiagnosticAdopted", "ActionAdded", "ContractSigned", "ChairDelegated", "ActionProgressRecorded",
                "CommitteeMeetingHeld", "CommunicationCarriedOut", "ReviewMeetingHeld", "ContractAmended",
                "AssessmentRecorded", "FollowUpTransferred", "ContractEnded");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("payload_revision"))
                .isEqualTo("ActionProgressRecorded".equals(row.get("payload_type")) ? "2" : "1"));
        assertThat(ended.json().path("position").asLong()).isEqualTo(rows.get(rows.size() - 1).get("global_index"));

        String previous = "0".repeat(64);
        for (Map<String, Object> row : rows) {
            JsonNode meta = json.readTree((String) row.get("meta"));
            assertThat(meta.path("actor").asText()).isEqualTo("pref-69");
            assertThat(meta.path("actorName").asText()).isEqualTo("Préfecture 69");
            assertThat(meta.path("commandId").asText()).isNotBlank();
            assertThat(meta.path("causationId").asText()).isEqualTo(meta.path("commandId").asText());
            assertThat(meta.path("correlationId").asText()).isNotBlank();
            assertThat(meta.path("previousHash").asText()).isEqualTo(previous);
            assertThat(meta.path("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(meta.has("scope")).as("steering metadata stays out of events").isFalse();
            previous = meta.path("hash").asText();
        }
        JsonNode signed = json.readTree((String) rows.get(8).get("meta"));
        assertThat(signed.path("reason").asText()).isEqualTo("Signature en présence du ministre");
        assertThat(signed.path("correlationId").asText()).isEqualTo("cabinet-2000-17");
        assertThat(json.readTree((String) rows.get(10).get("meta")).path("reason").asText())
                .isEqualTo("Tableau de bord du 2e trimestre");
        assertThat(json.readTree((String) rows.get(17).get("meta")).path("reason").asText())
                .as("the end's own 'reason' field is why it ended, not the reason for the record")
                .isEqualTo("Contrat arrivé à échéance");

        // payloads are readable JSON in SQL, as auditors query them in psql
        assertThat(jdbc.queryForObject("SELECT payload->>'title' FROM domain_event_entry WHERE aggregate_identifier = ? "
                                               + "AND sequence_number = 0", String.class, lyon.contract))
                .isEqualTo("Contrat local de sécurité de Lyon");
        assertThat(jdbc.queryForObject("SELECT payload->'signatures'->1->>'signedBy' FROM domain_event_entry "
                                               + "WHERE aggregate_identifier = ? AND payload_type = 'ContractSigned'",
                                       String.class, lyon.contract)).isEqualTo("Procureur de la République");
        assertThat(jdbc.queryForObject("SELECT payload->>'reason' FROM domain_event_entry WHERE aggregate_identifier = ? "
                                               + "AND payload_type = 'ContractEnded'", String.class, lyon.contract))
                .isEqualTo("EXPIRED");

        // rule 4 from then on
        Http.Response afterEnd = lyon.http.post(c + "/communications", """
                {"heldOn": "2002-07-01", "channel": "Presse", "audience": "Tous", "summary": "Trop tard"}""");
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.json().path("rule").asText()).isEqualTo("contract.ended");
    }
}
