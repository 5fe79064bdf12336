package fr.interieur.cls.demo.script;

/**
 * Someone in a préfecture who sends commands: the token's {@code sub} and {@code name}, and the one département
 * the token covers. Every event records who did it, so timelines show these people.
 */
public record Actor(String sub, String name, String departement) {
}
