package fr.interieur.cls.demo.script;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every command of the data set, sent in the order things happened: by business day, then in the order they were
 * written down. So a contract's successor is drafted before the old one ends, a delegation comes before the
 * meeting its sous-préfet chairs, and the global positions of the events follow the history.
 */
public final class History {

    /** No act of the data set is later than this: the demo is looked at "as of" the last day of 2002. */
    public static final LocalDate LAST_DAY = LocalDate.of(2002, 12, 31);

    private final List<Step> steps = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    Step add(String key, LocalDate on, Actor actor, String method, String path, Object body, String reason,
             String label) {
        if (!keys.add(key)) {
            throw new IllegalStateException("two steps share the idempotency key " + key);
        }
        if (on.isAfter(LAST_DAY)) {
            throw new IllegalStateException(key + " is dated " + on + ", after " + LAST_DAY);
        }
        Step step = new Step(key, on, steps.size(), actor, method, path, body, reason, label);
        steps.add(step);
        return step;
    }

    void replace(Step step) {
        steps.set((int) step.order(), step);
    }

    /** The commands in the order to send them. */
    public List<Step> inOrder() {
        return steps.stream().sorted(Comparator.comparing(Step::on).thenComparingLong(Step::order)).toList();
    }
}
