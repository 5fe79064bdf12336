package fr.interieur.cls.query.infrastructure.web;

/** No contract, district or report of that id: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
