package fr.interieur.cls.events.types;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendeeTest {

    @Test
    void isAPartnerOrANamedPerson() {
        assertThat(new Attendee(PartnerId.of("prefet-69"), null, null).partnerId()).isEqualTo(PartnerId.of("prefet-69"));
        assertThat(new Attendee(null, " le commissaire central ", "DDSP du Rhône").name())
                .isEqualTo("le commissaire central");
    }

    @Test
    void needsOneOfThem() {
        assertThatThrownBy(() -> new Attendee(null, null, "DDSP du Rhône"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partnerId or a name");
        // a blank name counts as no name
        assertThatThrownBy(() -> new Attendee(null, "  ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
