package fr.interieur.cls.demo.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A steering committee meeting (comité de pilotage) that took place: its chair (the préfet, or a sous-préfet he
 * delegated for the contract), who came, which action sheets and dashboards it reviewed, what it decided.
 */
public final class Committee {

    final String meetingId;
    final String heldOn;
    private Map<String, Object> chair;
    private final List<Map<String, Object>> attendees = new ArrayList<>();
    private final List<String> reviewed = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private String nextMeetingOn;

    private Committee(String meetingId, String heldOn) {
        this.meetingId = meetingId;
        this.heldOn = heldOn;
    }

    public static Committee held(String heldOn, String meetingId) {
        return new Committee(meetingId, heldOn);
    }

    public Committee chairedByPrefet(String name) {
        this.chair = Json.obj("name", name, "office", "PREFET");
        return this;
    }

    /** Chaired by a sous-préfet, who must hold a delegation for this contract that day. */
    public Committee chairedBySousPrefet(String name) {
        this.chair = Json.obj("name", name, "office", "SOUS_PREFET");
        return this;
    }

    /** Partners of the contract who attended, by partner id. */
    public Committee partners(String... partnerIds) {
        for (String partnerId : partnerIds) {
            attendees.add(Json.obj("partnerId", partnerId));
        }
        return this;
    }

    /** Someone who attended without being a partner: the commissaire central, a principal, a director… */
    public Committee guest(String name, String organisation) {
        attendees.add(Json.obj("name", name, "organisation", organisation));
        return this;
    }

    public Committee reviewed(String... actionIds) {
        reviewed.addAll(List.of(actionIds));
        return this;
    }

    public Committee decided(String... decisions) {
        this.decisions.addAll(List.of(decisions));
        return this;
    }

    public Committee next(String nextMeetingOn) {
        this.nextMeetingOn = nextMeetingOn;
        return this;
    }

    Map<String, Object> json() {
        return Json.obj("meetingId", meetingId, "heldOn", heldOn, "chair", chair, "attendees", attendees,
                        "actionsReviewed", reviewed, "decisions", decisions, "nextMeetingOn", nextMeetingOn);
    }
}
