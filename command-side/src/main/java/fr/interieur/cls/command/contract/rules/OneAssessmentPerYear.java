package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;

import java.time.LocalDate;

/**
 * Rule 4, assessments: one yearly assessment per year; a later one for the same year is a correction and says
 * so. A year that has not begun cannot be assessed.
 */
public final class OneAssessmentPerYear {

    public static final String ALREADY_ASSESSED = "contract.assessment.year-already-assessed";
    public static final String NOTHING_TO_CORRECT = "contract.assessment.nothing-to-correct";
    public static final String FUTURE_YEAR = "contract.assessment.year-in-future";

    private OneAssessmentPerYear() {
    }

    public static void check(Contract contract, int year, boolean correction, LocalDate today) {
        if (year > today.getYear()) {
            throw RuleViolation.invalid(FUTURE_YEAR, "year", "the year " + year + " has not begun yet");
        }
        if (contract.assessed(year) && !correction) {
            throw RuleViolation.conflict(ALREADY_ASSESSED, "contract " + contract.id() + " already has its " + year
                    + " assessment; send a correction (\"correction\": true) to replace it");
        }
        if (!contract.assessed(year) && correction) {
            throw RuleViolation.conflict(NOTHING_TO_CORRECT, "contract " + contract.id() + " has no " + year
                    + " assessment to correct");
        }
    }
}
