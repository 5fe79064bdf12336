package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the readers of a contract see, as one JSON document kept up to date by the contracts projection.
 * Every date here is a date of the domain (a signature, a meeting), never the time a row was written, so that a
 * rebuild writes exactly the same document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContractDocument {

    public String id;
    public String title;
    public String departement;
    public String scope;
    public String status;
    public List<Commune> communes = new ArrayList<>();
    public List<String> districtIds = new ArrayList<>();
    public List<String> sectorIds = new ArrayList<>();
    public long populationCovered;
    public String supersedes;
    public LocalDate signedOn;
    public List<Signature> signatures;
    public List<Partner> partners = new ArrayList<>();
    public List<Partner> formerPartners = new ArrayList<>();
    public Diagnostic diagnostic;
    public List<Action> actions = new ArrayList<>();
    public List<Delegation> chairDelegations = new ArrayList<>();
    public List<CommitteeMeeting> committeeMeetings = new ArrayList<>();
    public List<Communication> communications = new ArrayList<>();
    public List<ReviewMeeting> reviewMeetings = new ArrayList<>();
    public List<Amendment> amendments = new ArrayList<>();
    public List<Assessment> assessments = new ArrayList<>();
    public FollowUp followUp;
    public End end;
    /** Number of events of the contract folded in: its version. */
    public long version;
    /** Global position of the last event folded in. */
    public long position;

    public static class Partner {
        public String partnerId;
        public String name;
        public String category;
        public String communeCode;
    }

    public static class Diagnostic {
        public int version;
        public LocalDate adoptedOn;
        public boolean complete;
        public String delinquency;
        public String perception;
        public String responses;
        public List<Figure> figures = new ArrayList<>();
        public List<Finding> sectorFindings = new ArrayList<>();
        public List<Version> history = new ArrayList<>();

        public record Figure(String index, String label, String period, BigDecimal value, String source) {
        }

        public record Finding(String sectorId, String findings) {
        }

        public record Version(int version, LocalDate adoptedOn, boolean complete) {
        }
    }

    public static class Action {
        public String actionId;
        public String title;
        public String theme;
        public String objective;
        public String leadPartnerId;
        public List<String> partnerIds = new ArrayList<>();
        public List<String> sectorIds = new ArrayList<>();
        public LocalDate startOn;
        public LocalDate endOn;
        public Budget budget;
        public String status;
        public List<Indicator> indicators = new ArrayList<>();
        public List<Note> notes = new ArrayList<>();
        public List<StatusChange> statusChanges = new ArrayList<>();

        /** The latest measurement date of its indicators, or its start: when it last showed progress. */
        public LocalDate lastActivityOn() {
            LocalDate last = startOn;
            for (Indicator indicator : indicators) {
                if (indicator.latest != null && (last == null || indicator.latest.measuredOn().isAfter(last))) {
                    last = indicator.latest.measuredOn();
                }
            }
            return last;
        }
    }

    public static class Indicator {
        public String indicatorId;
        public String name;
        public String unit;
        public BigDecimal baseline;
        public BigDecimal target;
        public String source;
        public Measure latest;
        public List<Measure> measurements = new ArrayList<>();
    }

    public record Measure(BigDecimal value, LocalDate measuredOn) {
    }

    public record Note(LocalDate recordedOn, String text) {
    }

    public record StatusChange(String from, String to, LocalDate recordedOn) {
    }

    public record Delegation(String sousPrefet, LocalDate from, LocalDate to) {
    }

    public record CommitteeMeeting(String meetingId, LocalDate heldOn, Chair chair, List<Attendee> attendees,
                                   List<String> actionsReviewed, List<String> decisions, LocalDate nextMeetingOn) {
    }

    public record Communication(LocalDate heldOn, String channel, String audience, String summary) {
    }

    public record ReviewMeeting(LocalDate heldOn, List<String> participants, String summary) {
    }

    public record Amendment(String amendmentId, LocalDate signedOn, String summary, List<String> addedCommunes,
                            List<String> removedCommunes, List<String> addedSectorIds, List<String> removedSectorIds) {
    }

    public record Assessment(int year, String results, String impact, String followUpConditions,
                             String perceptionChange, List<String> proposals, boolean correction,
                             LocalDate recordedOn) {
    }

    public record FollowUp(String council, LocalDate transferredOn) {
    }

    public record End(LocalDate endedOn, String reason, String supersededBy) {
    }

    public Map<String, Long> actionsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("PLANNED", "IN_PROGRESS", "COMPLETED", "ABANDONED")) {
            counts.put(status, actions.stream().filter(action -> action.status.equals(status)).count());
        }
        return counts;
    }

    public LocalDate lastCommitteeOn() {
        return committeeMeetings.stream().map(CommitteeMeeting::heldOn).max(LocalDate::compareTo).orElse(null);
    }

    /** The assessment of a year as it stands: the latest correction, or the first one. */
    public Assessment assessment(int year) {
        Assessment current = null;
        for (Assessment assessment : assessments) {
            if (assessment.year() == year) {
                current = assessment;
            }
        }
        return current;
    }
}
