package fr.interieur.cls.web;

import java.io.IOException;

/** A request body over the limit: 413. An IOException so that it travels out of the body's input stream. */
public class PayloadTooLarge extends IOException {

    public PayloadTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
