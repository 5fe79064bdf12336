package fr.interieur.cls.web;

/** A query parameter that cannot be right (a limit of 10 000, a cursor we never gave, a malformed date): 400. */
public class BadRequestParameter extends RuntimeException {

    private final String parameter;

    public BadRequestParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
