package fr.interieur.cls.command.common;

/**
 * A command refused by a rule of the domain. {@code rule} is a stable code clients can rely on
 * ({@code contract.signature.missing-mandatory-signatory}); a {@link Kind#CONFLICT conflict} is refused because of
 * the state things are in (409), an {@link Kind#INVALID invalid} command names a field that cannot be right (422),
 * and a {@link Kind#NOT_FOUND missing} part of an aggregate (an action, a partner) is a 404.
 */
public class RuleViolation extends RuntimeException implements CleanRejection {

    public enum Kind { CONFLICT, INVALID, NOT_FOUND }

    private final String rule;
    private final Kind kind;
    private final String field;

    private RuleViolation(String rule, Kind kind, String field, String message) {
        super(message);
        this.rule = rule;
        this.kind = kind;
        this.field = field;
    }

    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(rule, Kind.CONFLICT, null, message);
    }

    public static RuleViolation invalid(String rule, String field, String message) {
        return new RuleViolation(rule, Kind.INVALID, field, message);
    }

    public static RuleViolation notFound(String rule, String message) {
        return new RuleViolation(rule, Kind.NOT_FOUND, null, message);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, for an invalid command; null otherwise. */
    public String field() {
        return field;
    }
}
