package fr.interieur.cls.web;

/** A request header that cannot be right ({@code If-Match}, {@code Idempotency-Key}…): 400. */
public class BadRequestHeader extends RuntimeException {

    private final String header;

    public BadRequestHeader(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
