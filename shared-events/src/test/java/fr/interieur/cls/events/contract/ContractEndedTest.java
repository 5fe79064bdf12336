package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.EndReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractEndedTest {

    private static final ContractId CONTRACT = ContractId.of("CLS-69-AGGLO-EST-1999");
    private static final ContractId SUCCESSOR = ContractId.of("CLS-69-AGGLO-EST-2003");
    private static final LocalDate END = LocalDate.of(2002, 12, 31);

    @Test
    void aSupersededContractNamesItsSuccessor() {
        assertThat(new ContractEnded(CONTRACT, END, EndReason.SUPERSEDED, SUCCESSOR).supersededBy())
                .isEqualTo(SUCCESSOR);
        assertThatThrownBy(() -> new ContractEnded(CONTRACT, END, EndReason.SUPERSEDED, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supersededBy");
    }

    @ParameterizedTest
    @EnumSource(value = EndReason.class, names = {"EXPIRED", "DENOUNCED"})
    void otherEndsNeedNoSuccessor(EndReason reason) {
        assertThat(new ContractEnded(CONTRACT, END, reason, null).reason()).isEqualTo(reason);
    }

    @Test
    void aContractCannotSupersedeItself() {
        assertThatThrownBy(() -> new ContractEnded(CONTRACT, END, EndReason.SUPERSEDED,
                ContractId.of("CLS-69-AGGLO-EST-1999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");
    }

    @Test
    void needsADateAndAReason() {
        assertThatThrownBy(() -> new ContractEnded(CONTRACT, null, EndReason.EXPIRED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractEnded(CONTRACT, END, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
