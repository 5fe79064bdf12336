package fr.interieur.cls.command.security;

import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor in an event's metadata is the token's, whatever the request claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActorIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBodyOrHeaderClaimingAnotherActorDoesNotChangeTheRecordedActor() {
        ContractScenario s = new ContractScenario(port).district().draft();
        Http.Response response = s.http.header("X-Actor", "mallory").header("X-Forwarded-User", "mallory")
                                       .post("/contracts/" + s.contract + "/communications", """
                {"heldOn": "2000-01-10", "channel": "Presse", "audience": "Habitants", "summary": "Article",
                 "actor": "mallory", "actorName": "Mallory", "metadata": {"actor": "mallory"}}""");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String actor = jdbc.queryForObject("SELECT meta_data->>'actor' || '|' || (meta_data->>'actorName') "
                                                   + "FROM domain_event_entry WHERE global_index = ?",
                                           String.class, response.json().path("position").asLong());
        assertThat(actor).isEqualTo("pref-69|Préfecture 69");
    }
}
