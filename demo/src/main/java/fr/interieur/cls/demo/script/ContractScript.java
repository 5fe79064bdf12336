package fr.interieur.cls.demo.script;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The life of one contract, act by act, each act a command of the API dated on the day it happened. Acts the API
 * does not date (a partner joining) take the day of the act written before them, or the one {@link #on} sets.
 * {@link #because} gives the last act its reason ({@code X-Reason}, kept in the event's metadata).
 */
public final class ContractScript {

    private final Prefecture prefecture;
    private final String contractId;
    private final String title;
    private final String path;
    private String scope = "COMMUNE";
    private final List<Commune> communes = new ArrayList<>();
    private final List<String> districtIds = new ArrayList<>();
    private final List<String> sectorIds = new ArrayList<>();
    private long population = -1;
    private String supersedes;
    private Actor local;
    private LocalDate cursor;
    private Step last;

    ContractScript(Prefecture prefecture, String contractId, String title) {
        this.prefecture = prefecture;
        this.contractId = contractId;
        this.title = title;
        this.path = "/contracts/" + contractId;
        this.local = prefecture.local;
    }

    // --- the territory, before the draft -------------------------------------------------------------------

    /** COMMUNE, INTERCOMMUNAL, QUARTIER, TRANSPORT_NETWORK or ARRONDISSEMENT. */
    public ContractScript scope(String scope) {
        this.scope = scope;
        return this;
    }

    public ContractScript communes(Commune... communes) {
        this.communes.addAll(List.of(communes));
        return this;
    }

    public ContractScript districts(String... districtIds) {
        this.districtIds.addAll(List.of(districtIds));
        return this;
    }

    /** The sectors it names; naming a district and none of its sectors covers the whole district. */
    public ContractScript sectors(String... sectorIds) {
        this.sectorIds.addAll(List.of(sectorIds));
        return this;
    }

    /** The population it covers; by default its communes'. */
    public ContractScript population(long population) {
        this.population = population;
        return this;
    }

    /** The contract this one is meant to supersede (rule 5 lets both cover the same communes meanwhile). */
    public ContractScript supersedes(String contractId) {
        this.supersedes = contractId;
        return this;
    }

    /** The sous-préfecture that records this contract's communication, reviews and assessments. */
    public ContractScript localActor(Actor actor) {
        this.local = actor;
        return this;
    }

    // --- its life ------------------------------------------------------------------------------------------

    public ContractScript drafted(String on) {
        long covered = population >= 0 ? population : communes.stream().mapToLong(Commune::population).sum();
        return step("draft", on, prefecture.bureau, "POST", "/contracts",
                    Json.obj("contractId", contractId, "title", title, "departement", prefecture.departement,
                             "scope", scope, "communes", communes.stream().map(Commune::json).toList(),
                             "districtIds", districtIds, "sectorIds", sectorIds, "populationCovered", covered,
                             "supersedes", supersedes),
                    "projet de contrat");
    }

    /** The day of the undated acts that follow (partners joining). */
    public ContractScript on(String day) {
        this.cursor = LocalDate.parse(day);
        return this;
    }

    /** PREFET, PROCUREUR, RECTEUR, CONSEIL_GENERAL, CONSEIL_REGIONAL, BAILLEUR_SOCIAL, TRANSPORTEUR, ASSOCIATION,
     * CONSULAIRE, SERVICE_ETAT or AUTRE; mayors through {@link #mayor}. */
    public ContractScript partner(String partnerId, String name, String category) {
        return step("partner-" + partnerId, null, prefecture.bureau, "POST", path + "/partners",
                    Json.obj("partnerId", partnerId, "name", name, "category", category), "partenaire " + partnerId);
    }

    public ContractScript mayor(String partnerId, String name, Commune commune) {
        return step("partner-" + partnerId, null, prefecture.bureau, "POST", path + "/partners",
                    Json.obj("partnerId", partnerId, "name", name, "category", "MAIRE", "communeCode", commune.code()),
                    "maire " + commune.name());
    }

    public ContractScript partnerLeaves(String on, String partnerId) {
        return step("leaves-" + partnerId, on, prefecture.bureau, "DELETE", path + "/partners/" + partnerId, null,
                    "départ de " + partnerId);
    }

    public ContractScript diagnostic(Diagnostic diagnostic) {
        return step("diagnostic-" + diagnostic.adoptedOn, diagnostic.adoptedOn, prefecture.bureau, "PUT",
                    path + "/diagnostic", diagnostic.json(), "diagnostic du " + diagnostic.adoptedOn);
    }

    /** An action sheet added to the plan on {@code on}. */
    public ContractScript action(String on, ActionSheet action) {
        return step("action-" + action.actionId, on, prefecture.bureau, "POST", path + "/actions", action.json(),
                    "fiche-action " + action.actionId);
    }

    /** A measurement of an indicator, on the day of the report unless said otherwise. */
    public static Map<String, Object> m(String indicatorId, Number value) {
        return Json.obj("indicatorId", indicatorId, "value", value);
    }

    public static Map<String, Object> m(String indicatorId, Number value, String measuredOn) {
        return Json.obj("indicatorId", indicatorId, "value", value, "measuredOn", measuredOn);
    }

    /**
     * How an action is going, reported on {@code on}: a new status (PLANNED, IN_PROGRESS, COMPLETED, ABANDONED;
     * null for unchanged), a note, and measurements.
     */
    @SafeVarargs
    public final ContractScript report(String on, String actionId, String status, String note,
                                       Map<String, Object>... measurements) {
        List<Map<String, Object>> dated = Arrays.stream(measurements)
                .map(measure -> measure.containsKey("measuredOn") ? measure
                        : Json.obj("indicatorId", measure.get("indicatorId"), "value", measure.get("value"),
                                   "measuredOn", on))
                .toList();
        return step("progress-" + actionId + "-" + on, on, prefecture.bureau, "POST",
                    path + "/actions/" + actionId + "/progress",
                    Json.obj("status", status, "measurements", dated, "note", note, "reportedOn", on),
                    "suivi " + actionId);
    }

    public static Map<String, Object> sig(String partnerId, String signedBy) {
        return Json.obj("partnerId", partnerId, "signedBy", signedBy);
    }

    public static Map<String, Object> sig(String partnerId, String signedBy, String onBehalfOf) {
        return Json.obj("partnerId", partnerId, "signedBy", signedBy, "onBehalfOf", onBehalfOf);
    }

    @SafeVarargs
    public final ContractScript signed(String on, Map<String, Object>... signatures) {
        return step("signature", on, prefecture.cabinet, "POST", path + "/signature",
                    Json.obj("signedOn", on, "signatures", List.of(signatures)), "signature");
    }

    /** The préfet delegates the chair of the steering committee to a sous-préfet, from a day (until another). */
    public ContractScript delegation(String sousPrefet, String from, String to) {
        return step("delegation-" + from, from, prefecture.cabinet, "POST", path + "/chair-delegations",
                    Json.obj("sousPrefet", sousPrefet, "from", from, "to", to), "délégation à " + sousPrefet);
    }

    public ContractScript committee(Committee committee) {
        return step("committee-" + committee.meetingId, committee.heldOn, prefecture.cabinet, "POST",
                    path + "/committee-meetings", committee.json(), "comité " + committee.meetingId);
    }

    public ContractScript communication(String on, String channel, String audience, String summary) {
        return step("communication-" + on, on, local, "POST", path + "/communications",
                    Json.obj("heldOn", on, "channel", channel, "audience", audience, "summary", summary.strip()),
                    "communication");
    }

    public ContractScript review(String on, String summary, String... participants) {
        return step("review-" + on, on, local, "POST", path + "/review-meetings",
                    Json.obj("heldOn", on, "participants", List.of(participants), "summary", summary.strip()),
                    "réunion de bilan");
    }

    /** An amendment (avenant) that adds or removes sectors; the population covered after it, if it changes. */
    public ContractScript amended(String on, String amendmentId, String summary, List<String> addSectorIds,
                                  List<String> removeSectorIds, Long populationCovered) {
        return step("amendment-" + amendmentId, on, prefecture.cabinet, "POST", path + "/amendments",
                    Json.obj("amendmentId", amendmentId, "signedOn", on, "summary", summary.strip(),
                             "addSectorIds", addSectorIds, "removeSectorIds", removeSectorIds,
                             "populationCovered", populationCovered),
                    "avenant " + amendmentId);
    }

    /** The yearly assessment (bilan) of {@code year}, recorded on {@code on}. */
    public ContractScript assessed(String on, int year, String results, String impact, String followUpConditions,
                                   String perceptionChange, String... proposals) {
        return assessment(on, year, false, results, impact, followUpConditions, perceptionChange, proposals);
    }

    /** A correction of the assessment of {@code year}: it replaces it and says so. */
    public ContractScript corrected(String on, int year, String results, String impact, String followUpConditions,
                                    String perceptionChange, String... proposals) {
        return assessment(on, year, true, results, impact, followUpConditions, perceptionChange, proposals);
    }

    private ContractScript assessment(String on, int year, boolean correction, String results, String impact,
                                      String followUpConditions, String perceptionChange, String... proposals) {
        return step("assessment-" + year + (correction ? "-correction" : ""), on, local, "POST",
                    path + "/assessments",
                    Json.obj("year", year, "results", results.strip(), "impact", impact.strip(),
                             "followUpConditions", followUpConditions.strip(),
                             "perceptionChange", perceptionChange == null ? null : perceptionChange.strip(),
                             "proposals", List.of(proposals), "correction", correction ? Boolean.TRUE : null),
                    "bilan " + year + (correction ? " (rectificatif)" : ""));
    }

    /** Follow-up entrusted to a local council (CLSPD, décret du 17 juillet 2002). */
    public ContractScript followUpTransferred(String on, String council) {
        return step("follow-up", on, local, "POST", path + "/follow-up-transfers",
                    Json.obj("council", council, "transferredOn", on), "transfert du suivi");
    }

    /** EXPIRED, SUPERSEDED (naming the successor) or DENOUNCED. */
    public ContractScript ended(String on, String reason, String supersededBy) {
        return step("end", on, prefecture.cabinet, "POST", path + "/end",
                    Json.obj("endedOn", on, "reason", reason, "supersededBy", supersededBy), "fin du contrat");
    }

    /** Why the last act was done, as its author would say it. */
    public ContractScript because(String reason) {
        if (last == null) {
            throw new IllegalStateException("no act to give a reason to");
        }
        last = last.withReason(reason.strip());
        prefecture.history.replace(last);
        return this;
    }

    private ContractScript step(String what, String on, Actor actor, String method, String stepPath, Object body,
                                String label) {
        LocalDate day = on != null ? LocalDate.parse(on) : cursor;
        if (day == null) {
            throw new IllegalStateException(contractId + ": " + what + " needs a date (draft first, or on(…))");
        }
        cursor = day;
        last = prefecture.history.add("demo-" + contractId + "-" + what, day, actor, method, stepPath, body, null,
                                      contractId + " : " + label);
        return this;
    }
}
