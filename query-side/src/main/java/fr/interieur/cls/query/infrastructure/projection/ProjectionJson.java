package fr.interieur.cls.query.infrastructure.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;

/**
 * How projection documents are written and read: the event JSON conventions, so that dates and decimals read the
 * same as in the events. A holder rather than an ObjectMapper bean, which would take the place of Spring's own
 * (HTTP answers keep Spring's configuration).
 */
public record ProjectionJson(ObjectMapper mapper) {

    public static ProjectionJson create() {
        return new ProjectionJson(EventJson.newObjectMapper());
    }
}
