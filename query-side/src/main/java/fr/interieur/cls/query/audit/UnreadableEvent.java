package fr.interieur.cls.query.audit;

/**
 * A stored event this version cannot read back into an event, so the contract cannot be folded past it: the store
 * holds something no command wrote (the verification will say whether it was altered).
 */
class UnreadableEvent extends RuntimeException {

    UnreadableEvent(StoredEvent event, String why) {
        super("event " + event.sequence() + " of \"" + event.aggregateId() + "\" (position " + event.position() + ", "
              + event.type() + " revision " + event.revision() + ") cannot be read: " + why);
    }
}
