package fr.interieur.cls.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.12+ reports to AxonIQ and writes a file in the home folder unless told not to. A State system does not
 * phone home: the switch is set before any Axon class starts, for the services and their tests alike.
 */
public class NoPhoningHome implements EnvironmentPostProcessor {

    static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
    }
}
