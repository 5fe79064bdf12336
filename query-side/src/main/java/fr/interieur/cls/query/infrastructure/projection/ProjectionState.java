package fr.interieur.cls.query.infrastructure.projection;

import java.util.Optional;

/** Which slot a projection reads from, and which one is being rebuilt. */
public record ProjectionState(String projection, Slot active, Slot rebuilding, String rebuildFrom, String switchedAt) {

    public Optional<Slot> rebuildingSlot() {
        return Optional.ofNullable(rebuilding);
    }

    public String processor(Slot slot) {
        return processorName(projection, slot);
    }

    public static String processorName(String projection, Slot slot) {
        return projection + "@" + slot.code();
    }
}
