package fr.interieur.cls.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.EventCatalog;
import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.Signature;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClsSerializerTest {

    private static final ContractId CONTRACT = ContractId.of("CLS-69-AGGLO-EST-1999");

    private static final ContractSigned SIGNED = new ContractSigned(CONTRACT, LocalDate.of(1999, 1, 10),
            List.of(new Signature(PartnerId.of("prefet-69"), "le préfet du Rhône", "l'État"),
                    new Signature(PartnerId.of("procureur-lyon"), "le procureur de la République", null)));

    private static final ProximityPolicingDeployed DEPLOYED = new ProximityPolicingDeployed(
            DistrictId.of("CSP-69-LYON"), ProximityWave.WAVE_1, LocalDate.of(2000, 6, 1));

    private static final ActionProgressRecorded PROGRESS = new ActionProgressRecorded(CONTRACT,
            ActionId.of("FA-03"), ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
            List.of(new Measurement(IndicatorId.of("IND-1"), new BigDecimal("15.75"), LocalDate.of(1999, 9, 30))),
            "Six médiateurs recrutés", null);

    private static ActionProgressRecorded progress(BigDecimal value) {
        return new ActionProgressRecorded(CONTRACT, ActionId.of("FA-03"), ActionStatus.PLANNED,
                ActionStatus.IN_PROGRESS, List.of(new Measurement(IndicatorId.of("IND-1"), value,
                LocalDate.of(1999, 9, 30))), null, null);
    }

    /** Not an event: snapshots, tokens and the like keep Axon's class-name typing. */
    record TrackingNote(String text, long position) {
    }

    private final ClsSerializer serializer = ClsSerializer.create();

    static List<EventCatalog.Entry> entries() {
        return EventCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEventTypeIsStoredUnderItsStableNameAndRevision(EventCatalog.Entry entry) {
        EventType annotation = entry.type().getAnnotation(EventType.class);

        SerializedType type = serializer.typeForClass(entry.type());

        assertThat(type.getName()).isEqualTo(annotation.name()).doesNotContain(".");
        assertThat(type.getRevision()).isEqualTo(String.valueOf(annotation.revision()));
        assertThat(serializer.classForType(type)).isEqualTo(entry.type());
    }

    @Test
    void serializedEventCarriesItsEventTypeNameAndRevisionOne() {
        SerializedObject<String> serialized = serializer.serialize(SIGNED, String.class);

        assertThat(serialized.getType().getName()).isEqualTo("ContractSigned");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(serialized.getData()).doesNotContain(ContractSigned.class.getName())
                                        .contains("\"signedOn\":\"1999-01-10\"");
    }

    @Test
    void deserializingByTheStoredNameGivesTheRecordBack() {
        for (Object event : List.of(SIGNED, DEPLOYED, PROGRESS)) {
            SerializedObject<String> serialized = serializer.serialize(event, String.class);
            SerializedObject<String> stored = new SimpleSerializedObject<>(serialized.getData(), String.class,
                    serialized.getType().getName(), serialized.getType().getRevision());

            Object read = serializer.deserialize(stored);

            assertThat(read).isEqualTo(event);
        }
    }

    @Test
    void readsWhatTheOtherSideWroteByNameNotByClass() {
        String json = "{\"districtId\":\"CSP-69-LYON\",\"wave\":\"1\",\"startedOn\":\"2000-06-01\"}";

        Object read = serializer.deserialize(
                new SimpleSerializedObject<>(json, String.class, "ProximityPolicingDeployed", "1"));

        assertThat(read).isEqualTo(DEPLOYED);
    }

    @Test
    void jsonTreeFormSaysTheSameAsTheStringForm() {
        // the storage engine stores and hashes the JsonNode form
        SerializedObject<JsonNode> tree = serializer.serialize(PROGRESS, JsonNode.class);
        SerializedObject<String> text = serializer.serialize(PROGRESS, String.class);

        assertThat(tree.getType()).isEqualTo(text.getType());
        assertThat(tree.getData().toString()).isEqualTo(text.getData());
        assertThat((Object) serializer.deserialize(tree)).isEqualTo(PROGRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.40", "10000000.00", "152449.02", "123456789.123456789", "0.12345678901234567890",
            "1E-400", "0.000"})
    void jsonTreeFormKeepsDecimalsExactly(String value) {
        ActionProgressRecorded event = progress(new BigDecimal(value));

        JsonNode tree = serializer.serialize(event, JsonNode.class).getData();
        Object stored = serializer.deserialize(new SimpleSerializedObject<>(tree.toString(), String.class,
                "ActionProgressRecorded", "1"));

        assertThat(tree.at("/measurements/0/value").decimalValue()).isEqualTo(new BigDecimal(value));
        // equals on BigDecimal compares the scale too: 18.40 must not come back as 18.4
        assertThat(stored).isEqualTo(event);
    }

    @Test
    void otherClassesKeepTheirClassNameAsType() {
        TrackingNote note = new TrackingNote("replay from 0", 42);

        SerializedObject<String> serialized = serializer.serialize(note, String.class);

        assertThat(serialized.getType().getName()).isEqualTo(TrackingNote.class.getName());
        assertThat(serialized.getType().getRevision()).isNull();
        assertThat((Object) serializer.deserialize(serialized)).isEqualTo(note);
    }

    @Test
    void anUnknownStoredNameIsAnUnknownType() {
        assertThat(serializer.classForType(new SimpleSerializedType("ContractFrozen", "1")))
                .isEqualTo(UnknownSerializedType.class);
    }
}
