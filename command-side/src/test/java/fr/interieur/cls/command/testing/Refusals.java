package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.RuleViolation.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Matchers for refusals: the rule code clients rely on, the kind that decides the HTTP status, and for an invalid
 * command the field at fault. They work with the fixture ({@code expectException(matcher)}) and on their own.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Refused because of the state things are in (409); no field. */
    public static Matcher<Object> conflict(String rule) {
        return new Violation(rule, Kind.CONFLICT, null);
    }

    /** Refused because a field of the command cannot be right (422). */
    public static Matcher<Object> invalid(String rule, String field) {
        return new Violation(rule, Kind.INVALID, field);
    }

    /** Refused because a part of the aggregate the command names does not exist (404); no field. */
    public static Matcher<Object> notFound(String rule) {
        return new Violation(rule, Kind.NOT_FOUND, null);
    }

    /** Runs a rule outside any fixture, expects it to refuse, and returns the refusal for further checks. */
    public static Throwable refused(ThrowingCallable check, Matcher<Object> refusal) {
        Throwable thrown = catchThrowable(check);
        MatcherAssert.assertThat(thrown, refusal);
        return thrown;
    }

    private static final class Violation extends TypeSafeDiagnosingMatcher<Object> {

        private final String rule;
        private final Kind kind;
        private final String field;

        Violation(String rule, Kind kind, String field) {
            this.rule = rule;
            this.kind = kind;
            this.field = field;
        }

        @Override
        protected boolean matchesSafely(Object item, Description mismatch) {
            if (!(item instanceof RuleViolation violation)) {
                mismatch.appendText("was ").appendValue(item);
                return false;
            }
            boolean matches = rule.equals(violation.rule()) && kind == violation.kind()
                    && Objects.equals(field, violation.field());
            if (!matches) {
                mismatch.appendText("was rule ").appendValue(violation.rule()).appendText(", kind ")
                        .appendValue(violation.kind()).appendText(", field ").appendValue(violation.field())
                        .appendText(": ").appendText(violation.getMessage());
            }
            return matches;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("a RuleViolation with rule ").appendValue(rule).appendText(", kind ")
                       .appendValue(kind).appendText(", field ").appendValue(field);
        }
    }
}
