package fr.interieur.cls.demo;

import fr.interieur.cls.demo.script.Step;

/** The command side answered a command of the data set with something else than a success. */
public final class Refused extends RuntimeException {

    private final transient Step step;
    private final int status;
    private final String body;

    Refused(Step step, int status, String body) {
        super(step.label() + " (" + step.method() + " " + step.path() + ", key " + step.key() + ", dated " + step.on()
              + ") was answered " + status + ":\n" + body);
        this.step = step;
        this.status = status;
        this.body = body;
    }

    public Step step() {
        return step;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
