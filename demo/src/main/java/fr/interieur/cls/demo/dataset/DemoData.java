package fr.interieur.cls.demo.dataset;

import fr.interieur.cls.demo.script.History;

/** The whole data set: three départements, written down in their own classes. */
public final class DemoData {

    private DemoData() {
    }

    public static History history() {
        History history = new History();
        Rhone.write(history);
        SeineSaintDenis.write(history);
        BouchesDuRhone.write(history);
        return history;
    }
}
