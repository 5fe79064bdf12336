package fr.interieur.cls.events;

import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.district.DistrictEvent;
import fr.interieur.cls.events.district.SectorDefined;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    static List<EventCatalog.Entry> entries() {
        return EventCatalog.all();
    }

    @Test
    void storedNamesAreUnique() {
        List<String> names = EventCatalog.all().stream().map(EventCatalog.Entry::name).toList();

        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z0-9]*"));
    }

    @Test
    void holdsEveryPermittedSubtypeOfBothFamiliesAndNothingElse() {
        List<Class<?>> permitted = Stream.of(ContractEvent.class, DistrictEvent.class)
                                         .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                                         .toList();

        List<Class<?>> catalogued = EventCatalog.all().stream().<Class<?>>map(EventCatalog.Entry::type).toList();

        assertThat(catalogued).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void everyPermittedSubtypeIsAnAnnotatedRecord() {
        Stream.of(ContractEvent.class, DistrictEvent.class)
              .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
              .forEach(type -> {
                  assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue();
                  EventType annotation = type.getAnnotation(EventType.class);
                  assertThat(annotation).as("@EventType on %s", type.getSimpleName()).isNotNull();
                  assertThat(annotation.name()).as("stored name of %s", type.getSimpleName()).isNotBlank();
                  assertThat(annotation.revision()).as("revision of %s", type.getSimpleName()).isPositive();
              });
    }

    @ParameterizedTest
    @MethodSource("entries")
    void entryRepeatsTheAnnotationOfItsRecord(EventCatalog.Entry entry) {
        EventType annotation = entry.type().getAnnotation(EventType.class);

        assertThat(entry.name()).isEqualTo(annotation.name());
        assertThat(entry.revision()).isEqualTo(annotation.revision());
        assertThat(entry.revisionText()).isEqualTo(String.valueOf(annotation.revision()));
        assertThat(entry.aggregateType()).isEqualTo(
                ContractEvent.class.isAssignableFrom(entry.type()) ? "Contract" : "PoliceDistrict");
    }

    @ParameterizedTest
    @MethodSource("entries")
    void forNameAndForClassFindTheSameEntry(EventCatalog.Entry entry) {
        assertThat(EventCatalog.forName(entry.name())).containsSame(entry);
        assertThat(EventCatalog.forClass(entry.type())).containsSame(entry);
    }

    @Test
    void unknownNamesAndClassesAreNotFound() {
        assertThat(EventCatalog.forName("ContractSigned.v1")).isEmpty();
        assertThat(EventCatalog.forName("contractsigned")).isEmpty();
        // stored under its stable name, never its class name
        assertThat(EventCatalog.forName(ContractSigned.class.getName())).isEmpty();
        assertThat(EventCatalog.forClass(String.class)).isEmpty();
        assertThat(EventCatalog.forClass(ContractEvent.class)).isEmpty();
        assertThat(EventCatalog.forClass(DomainEvent.class)).isEmpty();
    }

    @Test
    void knowsTheFamiliesByTheirAggregateType() {
        assertThat(EventCatalog.forClass(ContractSigned.class)).map(EventCatalog.Entry::aggregateType)
                                                               .contains("Contract");
        assertThat(EventCatalog.forClass(SectorDefined.class)).map(EventCatalog.Entry::aggregateType)
                                                              .contains("PoliceDistrict");
    }

    @Test
    void isUnmodifiable() {
        List<EventCatalog.Entry> all = EventCatalog.all();

        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void aggregateIdIsTheValueOfTheFirstComponentTheAggregatesId(EventCatalog.Entry entry) throws Exception {
        DomainEvent sample = SampleEvents.of(entry.type()).orElseThrow();
        RecordComponent first = entry.type().getRecordComponents()[0];

        // house style: the aggregate id comes first
        assertThat(first.getName()).isEqualTo(
                ContractEvent.class.isAssignableFrom(entry.type()) ? "contractId" : "districtId");
        Object id = first.getAccessor().invoke(sample);
        Object value = id.getClass().getMethod("value").invoke(id);
        assertThat(sample.aggregateId()).isEqualTo(value).isNotBlank();
    }
}
