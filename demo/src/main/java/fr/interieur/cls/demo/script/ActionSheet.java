package fr.interieur.cls.demo.script;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fiche-action of the action plan: theme, objective, lead partner and partners, the sectors it is declined in,
 * its calendar, budget and indicators (each with a baseline: the rule asks for one).
 */
public final class ActionSheet {

    final String actionId;
    private final String title;
    private final String theme;
    private String objective;
    private String lead;
    private final List<String> partners = new ArrayList<>();
    private final List<String> sectors = new ArrayList<>();
    private String startOn;
    private String endOn;
    private Map<String, Object> budget;
    private final List<Map<String, Object>> indicators = new ArrayList<>();

    private ActionSheet(String actionId, String title, String theme) {
        this.actionId = actionId;
        this.title = title;
        this.theme = theme;
    }

    /** Themes: CITOYENNETE, TOXICOMANIES, DELINQUANCE_DES_MINEURS, REINSERTION, AIDE_AUX_VICTIMES,
     * SECURITE_SCOLAIRE, TRANSPORTS, PREVENTION_SITUATIONNELLE, MEDIATION, AUTRE. */
    public static ActionSheet of(String actionId, String title, String theme) {
        return new ActionSheet(actionId, title, theme);
    }

    public ActionSheet objective(String text) {
        this.objective = text.strip();
        return this;
    }

    public ActionSheet lead(String partnerId) {
        this.lead = partnerId;
        return this;
    }

    public ActionSheet with(String... partnerIds) {
        partners.addAll(List.of(partnerIds));
        return this;
    }

    /** The sectors the action is declined in; none means the whole territory, undeclined. */
    public ActionSheet in(String... sectorIds) {
        sectors.addAll(List.of(sectorIds));
        return this;
    }

    public ActionSheet from(String startOn, String endOn) {
        this.startOn = startOn;
        this.endOn = endOn;
        return this;
    }

    /** Francs until 2001, euros from 2002. */
    public ActionSheet budget(double amount, String currency, String... fundingLines) {
        this.budget = Json.obj("amount", BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP),
                               "currency", currency, "fundingLines", List.of(fundingLines));
        return this;
    }

    public ActionSheet indicator(String indicatorId, String name, String unit, Number baseline, Number target,
                                 String source) {
        indicators.add(Json.obj("indicatorId", indicatorId, "name", name, "unit", unit, "baseline", baseline,
                                "target", target, "source", source));
        return this;
    }

    Map<String, Object> json() {
        return Json.obj("actionId", actionId, "title", title, "theme", theme, "objective", objective,
                        "leadPartnerId", lead, "partnerIds", partners, "sectorIds", sectors, "startOn", startOn,
                        "endOn", endOn, "budget", budget, "indicators", indicators);
    }
}
