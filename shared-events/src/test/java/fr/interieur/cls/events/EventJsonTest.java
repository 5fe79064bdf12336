package fr.interieur.cls.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.PartnerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private final ObjectMapper json = EventJson.newObjectMapper();

    @Test
    void writesDatesAsIsoTextAndLeavesOutNulls() throws JsonProcessingException {
        ChairDelegated untilFurtherNotice = new ChairDelegated(ContractId.of("CLS-69-AGGLO-EST-1999"),
                "le sous-préfet de Villefranche", LocalDate.of(1999, 3, 1), null);

        assertThat(json.writeValueAsString(untilFurtherNotice)).isEqualTo(
                "{\"contractId\":\"CLS-69-AGGLO-EST-1999\",\"sousPrefet\":\"le sous-préfet de Villefranche\","
                        + "\"from\":\"1999-03-01\"}");
    }

    @Test
    void toleratesUnknownFieldsFromANewerWriter() throws JsonProcessingException {
        PartnerLeft read = json.readValue(
                "{\"contractId\":\"CLS-69-A\",\"partnerId\":\"tcl\",\"reason\":\"added in a later revision\"}",
                PartnerLeft.class);

        assertThat(read).isEqualTo(new PartnerLeft(ContractId.of("CLS-69-A"), PartnerId.of("tcl")));
    }

    @Test
    void readsJsonTreesWithDecimalsExactlyAsWritten() throws JsonProcessingException {
        // the event store keeps payloads as trees: a double would turn 18.40 into 18.4 and drop digits
        JsonNode tree = json.readTree("{\"baseline\":18.40,\"amount\":123456789.123456789,\"tiny\":1E-400}");

        assertThat(tree.get("baseline").decimalValue()).isEqualTo(new BigDecimal("18.40"));
        assertThat(tree.get("amount").decimalValue()).isEqualTo(new BigDecimal("123456789.123456789"));
        assertThat(tree.get("tiny").decimalValue()).isEqualTo(new BigDecimal("1E-400"));
        assertThat(tree.toString()).contains("\"baseline\":18.40", "\"amount\":123456789.123456789");
    }

    @Test
    void refusesDeeplyNestedDocuments() {
        String deep = "[".repeat(100) + "]".repeat(100);

        assertThatThrownBy(() -> json.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-20-AJACCIO","title":"CLS d'Ajaccio","departement":"20",
                         "scope":"COMMUNE","populationCovered":52880}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS 69","title":"CLS","departement":"69","scope":"COMMUNE",
                         "populationCovered":1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"title":"CLS sans identifiant","departement":"69","scope":"COMMUNE","populationCovered":1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-69-A","title":"CLS","departement":"69","scope":"COMMUNE",
                         "populationCovered":-1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-69-A","title":"CLS","departement":"69","scope":"PLANETE",
                         "populationCovered":1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-69-A","title":"CLS","departement":"69","scope":"COMMUNE",
                         "communes":[{"code":"6912","name":"Lyon","population":445452}],"populationCovered":1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-69-A","title":"CLS \\u0000","departement":"69","scope":"COMMUNE",
                         "populationCovered":1}"""),
                Arguments.of(ContractDrafted.class, """
                        {"contractId":"CLS-69-A","title":"CLS \\ud83d","departement":"69","scope":"COMMUNE",
                         "populationCovered":1}"""),
                Arguments.of(PartnerJoined.class, """
                        {"contractId":"CLS-69-A","partnerId":"maire","name":"le maire","category":"MAIRE"}"""),
                Arguments.of(ContractEnded.class, """
                        {"contractId":"CLS-69-A","endedOn":"2002-12-31","reason":"SUPERSEDED"}"""),
                Arguments.of(ContractEnded.class, """
                        {"contractId":"CLS-69-A","endedOn":"2002-02-30","reason":"EXPIRED"}"""),
                Arguments.of(ContractEnded.class, """
                        {"contractId":"CLS-69-A","endedOn":"31/12/2002","reason":"EXPIRED"}"""),
                Arguments.of(ChairDelegated.class, """
                        {"contractId":"CLS-69-A","sousPrefet":"s-p","from":"2000-01-01","to":"1999-12-31"}"""),
                // enums by name only: an index would silently pick a constant
                Arguments.of(ActionProgressRecorded.class, """
                        {"contractId":"CLS-69-A","actionId":"FA-1","previousStatus":"PLANNED","status":2}"""),
                Arguments.of(ActionProgressRecorded.class, """
                        {"contractId":"CLS-69-A","actionId":"FA-1","previousStatus":"PLANNED","status":"2"}"""),
                Arguments.of(ProximityPolicingDeployed.class, """
                        {"districtId":"CSP-69-LYON","wave":"0","startedOn":"1999-06-01"}"""),
                Arguments.of(ProximityPolicingDeployed.class, """
                        {"districtId":"CSP-69-LYON","wave":"WAVE_1","startedOn":"2000-06-01"}"""));
    }

    @ParameterizedTest
    @MethodSource("invalidEvents")
    void readingAnInvalidEventFails(Class<? extends DomainEvent> type, String text) {
        assertThatThrownBy(() -> json.readValue(text, type)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aValidEventNextToTheInvalidOnesIsRead() throws JsonProcessingException {
        // the invalid cases above differ from this one by one field each
        ContractEnded read = json.readValue("""
                {"contractId":"CLS-69-A","endedOn":"2002-12-31","reason":"SUPERSEDED","supersededBy":"CLS-69-B"}""",
                ContractEnded.class);

        assertThat(read).isEqualTo(new ContractEnded(ContractId.of("CLS-69-A"), LocalDate.of(2002, 12, 31),
                EndReason.SUPERSEDED, ContractId.of("CLS-69-B")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PILOT", "1", "2", "3"})
    void readsEveryWaveByItsStoredName(String wave) throws JsonProcessingException {
        ProximityPolicingDeployed read = json.readValue(
                "{\"districtId\":\"CSP-69-LYON\",\"wave\":\"" + wave + "\",\"startedOn\":\"2000-06-01\"}",
                ProximityPolicingDeployed.class);

        assertThat(json.valueToTree(read).get("wave").textValue()).isEqualTo(wave);
    }

    @Test
    void writesExactlyTheRecordComponentsNoDerivedValue() {
        // an "isX()" or "getX()" helper on an event would otherwise end up in the stored JSON
        List<String> differences = new ArrayList<>();
        for (DomainEvent sample : SampleEvents.all()) {
            compare(sample, json.valueToTree(sample), sample.getClass().getSimpleName(), differences);
        }
        assertThat(differences).isEmpty();
    }

    private static void compare(Object value, JsonNode node, String path, List<String> differences) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                compare(list.get(i), node.get(i), path + "[" + i + "]", differences);
            }
        } else if (value.getClass().isRecord() && node.isObject()) {
            Set<String> components = Stream.of(value.getClass().getRecordComponents())
                                           .map(RecordComponent::getName)
                                           .collect(Collectors.toCollection(TreeSet::new));
            Set<String> keys = new TreeSet<>(node.properties().stream().map(java.util.Map.Entry::getKey).toList());
            if (!keys.equals(components)) {
                differences.add(path + ": JSON keys " + keys + ", record components " + components);
            }
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object child = read(component, value);
                if (child != null && node.has(component.getName())) {
                    compare(child, node.get(component.getName()), path + "." + component.getName(), differences);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
