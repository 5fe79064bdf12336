package fr.interieur.cls.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventCatalog;
import fr.interieur.cls.events.EventJson;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, storing domain events under their {@link fr.interieur.cls.events.EventType stable
 * name and revision} instead of their Java class name. Everything else (snapshots, tokens) keeps Axon's
 * class-name typing.
 */
public class ClsSerializer extends JacksonSerializer {

    protected ClsSerializer(Builder builder) {
        super(builder);
    }

    public static ClsSerializer create() {
        return create(EventJson.newObjectMapper());
    }

    public static ClsSerializer create(ObjectMapper objectMapper) {
        Builder builder = new Builder() {
            @Override
            public ClsSerializer build() {
                return new ClsSerializer(this);
            }
        };
        builder.objectMapper(objectMapper).converter(new ChainingConverter());
        return (ClsSerializer) builder.build();
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return EventCatalog.forClass(type)
                .<SerializedType>map(entry -> new SimpleSerializedType(entry.name(), entry.revisionText()))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return EventCatalog.forName(serializedType.getName())
                .map(entry -> entry.type().getName())
                .orElseGet(serializedType::getName);
    }
}
