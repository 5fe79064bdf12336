package fr.interieur.cls.demo.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A diagnostic local de sécurité, or a new version of it: the delinquency situation with its figures, the feeling
 * of insecurity, how well current responses work, and findings per sector.
 */
public final class Diagnostic {

    final String adoptedOn;
    private String delinquency;
    private final List<Map<String, Object>> figures = new ArrayList<>();
    private String perception;
    private final List<String> surveys = new ArrayList<>();
    private String responses;
    private final List<Map<String, Object>> findings = new ArrayList<>();

    private Diagnostic(String adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public static Diagnostic adopted(String adoptedOn) {
        return new Diagnostic(adoptedOn);
    }

    /** A figure: an index of the état 4001 (or none), what it counts, over which period, and its source. */
    public static Map<String, Object> figure(String index, String label, String period, Number value, String source) {
        return Json.obj("index", index, "label", label, "period", period, "value", value, "source", source);
    }

    @SafeVarargs
    public final Diagnostic delinquency(String summary, Map<String, Object>... figures) {
        this.delinquency = summary.strip();
        this.figures.addAll(List.of(figures));
        return this;
    }

    public Diagnostic perception(String summary, String... surveys) {
        this.perception = summary.strip();
        this.surveys.addAll(List.of(surveys));
        return this;
    }

    public Diagnostic responses(String summary) {
        this.responses = summary.strip();
        return this;
    }

    public Diagnostic finding(String sectorId, String findings) {
        this.findings.add(Json.obj("sectorId", sectorId, "findings", findings.strip()));
        return this;
    }

    Map<String, Object> json() {
        return Json.obj("adoptedOn", adoptedOn,
                        "delinquency", delinquency == null ? null : Json.obj("summary", delinquency, "figures", figures),
                        "perception", perception == null ? null : Json.obj("summary", perception, "surveys", surveys),
                        "responses", responses == null ? null : Json.obj("summary", responses),
                        "sectorFindings", findings);
    }
}
