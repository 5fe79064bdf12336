package fr.interieur.cls.query.infrastructure.projection;

/** A rebuild cannot start now (one is under way, or a slot is still being released): 409. */
public class RebuildConflict extends RuntimeException {

    public RebuildConflict(String message) {
        super(message);
    }
}
