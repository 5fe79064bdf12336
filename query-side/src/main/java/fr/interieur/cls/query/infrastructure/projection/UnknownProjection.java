package fr.interieur.cls.query.infrastructure.projection;

/** No projection of that name: 404. */
public class UnknownProjection extends RuntimeException {

    public UnknownProjection(String name) {
        super("no projection \"" + name + "\"");
    }
}
