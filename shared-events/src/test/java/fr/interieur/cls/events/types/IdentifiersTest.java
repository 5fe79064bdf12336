package fr.interieur.cls.events.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every client-chosen identifier travels in URLs, so all of them follow the same rule. */
class IdentifiersTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private record Kind(Class<?> type, Function<String, Object> of) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(ContractId.class, ContractId::of),
            new Kind(ActionId.class, ActionId::of),
            new Kind(AmendmentId.class, AmendmentId::of),
            new Kind(DistrictId.class, DistrictId::of),
            new Kind(IndicatorId.class, IndicatorId::of),
            new Kind(MeetingId.class, MeetingId::of),
            new Kind(PartnerId.class, PartnerId::of),
            new Kind(SectorId.class, SectorId::of));

    private static final List<String> VALID = List.of(
            "CLS-69-LYON-1999", "CSP-69-LYON", "a", "7", "prefet_69", "AV.2000.01", "x".repeat(64), "9-", "a..b");

    private static final List<String> INVALID = List.of(
            "", " ", "CLS 69", " CLS-69", "CLS-69 ", "CLS/69", "..", "../etc", "-leading-dash", ".hidden", "_x",
            "x".repeat(65), "Vénissieux", "CLS-69\n", "a%2Fb", "a?b", "a#b", "a:b", "a+b", "é");

    static Stream<Arguments> valid() {
        return KINDS.stream().flatMap(kind -> VALID.stream().map(value -> Arguments.of(kind, value)));
    }

    static Stream<Arguments> invalid() {
        return KINDS.stream().flatMap(kind -> INVALID.stream().map(value -> Arguments.of(kind, value)));
    }

    static Stream<Kind> kinds() {
        return KINDS.stream();
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("valid")
    void acceptsUrlSafeIdentifiersUpTo64Characters(Kind kind, String value) throws JsonProcessingException {
        Object id = kind.of().apply(value);

        assertThat(id.toString()).isEqualTo(value);
        assertThat(JSON.writeValueAsString(id)).isEqualTo("\"" + value + "\"");
        assertThat(JSON.readValue("\"" + value + "\"", kind.type())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("invalid")
    void refusesAnythingElse(Kind kind, String value) {
        assertThatThrownBy(() -> kind.of().apply(value)).isInstanceOf(IllegalArgumentException.class)
                                                        .hasMessageContaining("1 to 64");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesNull(Kind kind) {
        assertThatThrownBy(() -> kind.of().apply(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void readingAnInvalidIdentifierFails(Kind kind) {
        assertThatThrownBy(() -> JSON.readValue("\"CLS/69\"", kind.type()))
                .isInstanceOf(JsonProcessingException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void ordersByValue(Kind kind) {
        Comparable a = (Comparable) kind.of().apply("CLS-69-A");
        Comparable b = (Comparable) kind.of().apply("CLS-69-B");

        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(kind.of().apply("CLS-69-A"))).isZero();
    }
}
