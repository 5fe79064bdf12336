package fr.interieur.cls.command.common;

import fr.interieur.cls.events.types.DepartementCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandMetadataTest {

    private static final DepartementCode RHONE = DepartementCode.of("69");

    @Test
    void anActorMayActInTheDepartementsOfItsScope() {
        assertThatCode(() -> within(Map.of("scope", "13, 69"), () -> CommandMetadata.requireScope(RHONE)))
                .doesNotThrowAnyException();
    }

    @Test
    void anActorMayNotActOutsideItsScope() {
        assertThatThrownBy(() -> within(Map.of("scope", "13"), () -> CommandMetadata.requireScope(RHONE)))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("69");
    }

    @Test
    void aDepartementCodeIsMatchedWholeNotByPrefix() {
        assertThatThrownBy(() -> within(Map.of("scope", "6,9,690"), () -> CommandMetadata.requireScope(RHONE)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anActorWithAnEmptyScopeActsNowhere() {
        assertThatThrownBy(() -> within(Map.of("scope", ""), () -> CommandMetadata.requireScope(RHONE)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aNationalActorActsEverywhere() {
        assertThatCode(() -> within(Map.of("scope", "*"), () -> CommandMetadata.requireScope(RHONE)))
                .doesNotThrowAnyException();
    }

    @Test
    void theExpectedVersionCountsEventsWhileAxonCountsFromZero() {
        assertThat(within(Map.of("expectedVersion", 3L), CommandMetadata::expectedAxonVersion)).isEqualTo(2L);
        assertThat(within(Map.of("expectedVersion", 3), CommandMetadata::expectedAxonVersion)).isEqualTo(2L);
    }

    @Test
    void withoutIfMatchNoVersionIsExpected() {
        assertThat(within(Map.of(), CommandMetadata::expectedAxonVersion)).isNull();
    }

    private static void within(Map<String, ?> metadata, Runnable check) {
        within(metadata, () -> {
            check.run();
            return null;
        });
    }

    private static <T> T within(Map<String, ?> metadata, Supplier<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("a command").andMetaData(metadata))
                         .execute(() -> result.set(read.get()));
        return result.get();
    }
}
