package fr.interieur.cls.events.types;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.interieur.cls.events.types.ActionStatus.ABANDONED;
import static fr.interieur.cls.events.types.ActionStatus.COMPLETED;
import static fr.interieur.cls.events.types.ActionStatus.IN_PROGRESS;
import static fr.interieur.cls.events.types.ActionStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class ActionStatusTest {

    // every pair: an action moves forward only, staying put is always allowed, a final status is final
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PLANNED,     PLANNED,     true",
            "PLANNED,     IN_PROGRESS, true",
            "PLANNED,     COMPLETED,   true",
            "PLANNED,     ABANDONED,   true",
            "IN_PROGRESS, PLANNED,     false",
            "IN_PROGRESS, IN_PROGRESS, true",
            "IN_PROGRESS, COMPLETED,   true",
            "IN_PROGRESS, ABANDONED,   true",
            "COMPLETED,   PLANNED,     false",
            "COMPLETED,   IN_PROGRESS, false",
            "COMPLETED,   COMPLETED,   true",
            "COMPLETED,   ABANDONED,   false",
            "ABANDONED,   PLANNED,     false",
            "ABANDONED,   IN_PROGRESS, false",
            "ABANDONED,   COMPLETED,   false",
            "ABANDONED,   ABANDONED,   true"
    })
    void canMoveTo(ActionStatus from, ActionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void completedAndAbandonedAreFinal() {
        assertThat(PLANNED.isFinal()).isFalse();
        assertThat(IN_PROGRESS.isFinal()).isFalse();
        assertThat(COMPLETED.isFinal()).isTrue();
        assertThat(ABANDONED.isFinal()).isTrue();
    }

    @Test
    void theTableAboveCoversEveryStatus() {
        assertThat(ActionStatus.values()).containsExactly(PLANNED, IN_PROGRESS, COMPLETED, ABANDONED);
    }
}
