package fr.interieur.cls.query.ui;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo users exist only when asked for ({@code cls.ui.demo-users=true}) and when the services check tokens with
 * the local secret: with a real issuer configured, a token minted here would not be accepted anyway, and an
 * endpoint handing out tokens has no business on such a deployment, whatever a setting says.
 */
class DemoUsersEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        return environment.getProperty("cls.ui.demo-users", Boolean.class, false)
               && blank(environment.getProperty("cls.security.issuer-uri"))
               && blank(environment.getProperty("cls.security.jwk-set-uri"))
               && !blank(environment.getProperty("cls.security.jwt-secret"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
