package fr.interieur.cls.command.it;

import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.command.CommandSideApplication;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the service forgets nothing: aggregates come back from the events, keys from their table. */
class RestartIT {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class).run("--server.port=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aRestartKeepsEveryAggregateAndEveryIdempotencyKey() {
        ContractScenario s;
        Http.Response keyed;
        String body = """
                {"heldOn": "1999-09-15", "channel": "Presse", "audience": "Habitants", "summary": "Article"}""";
        try (ConfigurableApplicationContext first = start()) {
            s = new ContractScenario(port(first)).readyToSign();
            assertThat(s.sign("1999-01-15").status()).isEqualTo(200);
            keyed = s.http.header("Idempotency-Key", "com-" + s.suffix).post("/contracts/" + s.contract + "/communications", body);
            assertThat(keyed.status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start()) {
            ContractScenario again = new ContractScenario(port(second));
            Http http = again.http;
            Http.Response replay = http.header("Idempotency-Key", "com-" + s.suffix)
                                       .post("/contracts/" + s.contract + "/communications", body);
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.body()).isEqualTo(keyed.body());

            // state comes back from the event store: signed already, same partners, version continues
            Http.Response signAgain = again.http.post("/contracts/" + s.contract + "/signature", """
                    {"signedOn": "1999-01-16", "signatures": [{"partnerId": "PREFET", "signedBy": "Préfet"}]}""");
            assertThat(signAgain.status()).isEqualTo(409);
            assertThat(signAgain.json().path("rule").asText()).isEqualTo("contract.already-signed");
            long version = keyed.json().path("version").asLong();
            Http.Response next = http.header("If-Match", "\"" + version + "\"").post("/contracts/" + s.contract + "/partners", """
                    {"partnerId": "ASSO", "name": "Association de médiation", "category": "ASSOCIATION"}""");
            assertThat(next.status()).as(next.toString()).isEqualTo(200);
            assertThat(next.json().path("version").asLong()).isEqualTo(version + 1);
            Http.Response duplicate = http.post("/districts/" + s.district + "/proximity-policing", """
                    {"wave": "2", "startedOn": "2000-11-01"}""");
            assertThat(duplicate.json().path("rule").asText()).isEqualTo("district.proximity.already-deployed");
        }
    }
}
