package fr.interieur.cls.events.types;

/** The life of an action sheet: PLANNED, then IN_PROGRESS, then COMPLETED or ABANDONED. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, COMPLETED, ABANDONED;

    public boolean isFinal() {
        return this == COMPLETED || this == ABANDONED;
    }

    /** An action moves forward only; a final status is final. */
    public boolean canMoveTo(ActionStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PLANNED -> next != PLANNED;
            case IN_PROGRESS -> next == COMPLETED || next == ABANDONED;
            case COMPLETED, ABANDONED -> false;
        };
    }
}
