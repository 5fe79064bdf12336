package fr.interieur.cls.query.infrastructure.projection;

/** No dead letter with that id: 404. */
public class UnknownDeadLetter extends RuntimeException {

    public UnknownDeadLetter(String id) {
        super("no dead letter \"" + id + "\"");
    }
}
