package fr.interieur.cls.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every Spring Boot test of a module at this run's own database and token secret, through the same
 * {@code CLS_DB_*} and {@code CLS_JWT_SECRET} settings the services read in production. Registered in {@code META-INF/spring.factories}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().containsProperty("cls.test.no-database")) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cls-test-database", Map.of(
                "CLS_DB_URL", database.url(),
                "CLS_DB_USER", database.user(),
                "CLS_DB_PASSWORD", database.password(),
                "CLS_JWT_SECRET", TestTokens.secret())));
    }
}
