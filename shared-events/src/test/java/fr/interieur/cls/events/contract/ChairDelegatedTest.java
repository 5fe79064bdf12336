package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.types.ContractId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChairDelegatedTest {

    private static final ContractId CONTRACT = ContractId.of("CLS-69-AGGLO-EST-1999");
    private static final LocalDate FROM = LocalDate.of(1999, 3, 1);
    private static final LocalDate TO = LocalDate.of(2001, 12, 31);

    private final ChairDelegated bounded = new ChairDelegated(CONTRACT, "le sous-préfet à la ville", FROM, TO);
    private final ChairDelegated open = new ChairDelegated(CONTRACT, "le sous-préfet à la ville", FROM, null);

    @Test
    void coversBothEndsInclusive() {
        assertThat(bounded.covers(FROM)).isTrue();
        assertThat(bounded.covers(LocalDate.of(2000, 10, 16))).isTrue();
        assertThat(bounded.covers(TO)).isTrue();
    }

    @Test
    void doesNotCoverBeforeOrAfter() {
        assertThat(bounded.covers(FROM.minusDays(1))).isFalse();
        assertThat(bounded.covers(TO.plusDays(1))).isFalse();
    }

    @Test
    void withoutEndCoversEverythingFromItsStart() {
        assertThat(open.covers(FROM.minusDays(1))).isFalse();
        assertThat(open.covers(FROM)).isTrue();
        assertThat(open.covers(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void mayLastOneDay() {
        ChairDelegated oneDay = new ChairDelegated(CONTRACT, "le sous-préfet de permanence", FROM, FROM);

        assertThat(oneDay.covers(FROM)).isTrue();
        assertThat(oneDay.covers(FROM.plusDays(1))).isFalse();
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ChairDelegated(CONTRACT, "le sous-préfet", FROM, FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot end before it starts");
    }

    @Test
    void namesTheSousPrefetAndAStart() {
        assertThatThrownBy(() -> new ChairDelegated(CONTRACT, " ", FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChairDelegated(CONTRACT, "le sous-préfet", null, TO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
