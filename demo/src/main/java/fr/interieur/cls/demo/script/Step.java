package fr.interieur.cls.demo.script;

import java.time.LocalDate;

/**
 * One command of the data set: what was done ({@code method}, {@code path}, {@code body}), on which business day,
 * by whom and why. {@code key} is its {@code Idempotency-Key}, the same on every run.
 *
 * @param on    the day it happened, which orders the history (the API may not carry it, e.g. for a partner)
 * @param order the order it was written down in, for acts of the same day
 */
public record Step(String key, LocalDate on, long order, Actor actor, String method, String path, Object body,
                   String reason, String label) {

    public Step withReason(String text) {
        return new Step(key, on, order, actor, method, path, body, text, label);
    }
}
