package fr.interieur.cls.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The actor of the current request, read from its verified token. */
public final class CurrentActor {

    public static final String ROLES = "roles";
    public static final String DEPARTEMENTS = "departements";
    public static final String NAME = "name";

    private CurrentActor() {
    }

    /** The authenticated actor; the security filter chain guarantees there is one on protected paths. */
    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw new IllegalStateException("no authenticated actor for this request");
    }

    public static Actor fromJwt(Jwt jwt) {
        String name = jwt.getClaimAsString(NAME);
        return new Actor(jwt.getSubject(), name == null || name.isBlank() ? jwt.getSubject() : name, roles(jwt),
                         strings(jwt.getClaim(DEPARTEMENTS)));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(jwt.getClaim(ROLES))) {
            try {
                roles.add(Role.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknownRole) {
                // roles of other applications in the same token are none of ours
            }
        }
        return roles;
    }

    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String text && !text.isBlank()) {
            values.addAll(List.of(text.split("[ ,]+")));
        }
        return values;
    }
}
