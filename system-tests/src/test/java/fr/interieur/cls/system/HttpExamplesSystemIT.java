package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's http/ examples work as written, against both services run as processes. */
class HttpExamplesSystemIT {

    @Test
    void theContractLifeExampleRunsToTheEnd() throws Exception {
        try (ServiceProcess commands = Services.commandSide();
             ServiceProcess queries = Services.querySide()) {
            ProcessBuilder example = new ProcessBuilder("bash", "http/contract-life.sh")
                    .directory(Services.ROOT.toFile())
                    .redirectErrorStream(true);
            example.environment().put("COMMAND_URL", commands.baseUrl() + "/api/v1");
            example.environment().put("QUERY_URL", queries.baseUrl() + "/api/v1");
            example.environment().put("CLS_JWT_SECRET", TestTokens.secret());
            Process process = example.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("done: contract CLS-69-VILLEURBANNE-");
        }
    }
}
