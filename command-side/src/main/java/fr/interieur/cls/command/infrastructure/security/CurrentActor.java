package fr.interieur.cls.command.infrastructure.security;

/** Tells who is sending the current request. */
public interface CurrentActor {

    Actor get();
}
