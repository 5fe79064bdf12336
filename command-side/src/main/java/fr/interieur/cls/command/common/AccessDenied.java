package fr.interieur.cls.command.common;

/** The actor may not act on this aggregate (another département, or a role without commands): 403. */
public class AccessDenied extends RuntimeException implements CleanRejection {

    public AccessDenied(String message) {
        super(message);
    }
}
