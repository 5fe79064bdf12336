package fr.interieur.cls.query.infrastructure.security;

/** The actor may not read this (another département's data, or a national view for a préfecture): 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
