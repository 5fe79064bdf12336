package fr.interieur.cls.query.contract;

import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.PartnerCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The warnings of domain.md, computed when a contract is read, because time makes them appear without any
 * event. Ended contracts raise none.
 */
public final class Flags {

    public static final String DIAGNOSTIC_MISSING = "diagnostic-missing";
    public static final String DIAGNOSTIC_STALE = "diagnostic-stale";
    public static final String DIAGNOSTIC_BEFORE_PROXIMITY = "diagnostic-before-proximity-policing";
    public static final String COMMITTEE_OVERDUE = "committee-overdue";
    public static final String ASSESSMENT_MISSING = "assessment-missing";
    public static final String MEASUREMENTS_STALE = "measurements-stale";
    public static final String ACTION_NOT_DECLINED = "action-not-declined-by-sector";
    public static final String PARTNERS_MISSING = "partners-missing";
    /** A district flag: community policing runs there, and not all its sectors are covered by a live contract. */
    public static final String SECTORS_NOT_COVERED = "sectors-not-covered";

    public static final List<String> CONTRACT_FLAGS = List.of(DIAGNOSTIC_MISSING, DIAGNOSTIC_STALE,
            DIAGNOSTIC_BEFORE_PROXIMITY, COMMITTEE_OVERDUE, ASSESSMENT_MISSING, MEASUREMENTS_STALE, ACTION_NOT_DECLINED,
            PARTNERS_MISSING);

    /** One warning and what it says, in French for the users. */
    public record Flag(String code, String message) {
    }

    private final FlagSettings settings;

    public Flags(FlagSettings settings) {
        this.settings = settings;
    }

    public List<String> codes(ContractFacts facts, Map<String, LocalDate> proximityStarts, LocalDate today) {
        return of(facts, proximityStarts, today).stream().map(Flag::code).toList();
    }

    public List<Flag> of(ContractFacts facts, Map<String, LocalDate> proximityStarts, LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        if (ContractStatus.ENDED.name().equals(facts.status())) {
            return flags;
        }
        boolean signed = ContractStatus.SIGNED.name().equals(facts.status());
        LocalDate diagnostic = facts.lastDiagnosticOn();
        if (diagnostic == null) {
            flags.add(new Flag(DIAGNOSTIC_MISSING, "Aucun diagnostic local de sécurité adopté"));
        } else if (diagnostic.isBefore(today.minus(settings.diagnosticMaxAge()))) {
            flags.add(new Flag(DIAGNOSTIC_STALE, "Diagnostic du " + diagnostic + " non actualisé depuis plus de "
                                                 + describe(settings.diagnosticMaxAge())));
        }
        List<LocalDate> deployments = facts.districtIds().stream().map(proximityStarts::get)
                                           .filter(start -> start != null && !start.isAfter(today)).toList();
        if (diagnostic != null && deployments.stream().anyMatch(diagnostic::isBefore)) {
            flags.add(new Flag(DIAGNOSTIC_BEFORE_PROXIMITY, "Diagnostic antérieur au déploiement de la police de "
                                                            + "proximité dans une circonscription couverte"));
        }
        if (signed && facts.signedOn() != null) {
            LocalDate lastMeeting = facts.lastCommitteeOn() != null ? facts.lastCommitteeOn() : facts.signedOn();
            if (lastMeeting.isBefore(today.minus(settings.committeeMaxInterval()))) {
                flags.add(new Flag(COMMITTEE_OVERDUE, "Pas de comité de pilotage depuis le " + lastMeeting));
            }
            int pastYear = today.getYear() - 1;
            if (facts.signedOn().getYear() <= pastYear && !facts.assessedYears().contains(pastYear)) {
                flags.add(new Flag(ASSESSMENT_MISSING, "Pas de bilan annuel pour " + pastYear));
            }
        }
        if (facts.oldestActivityOn() != null
                && facts.oldestActivityOn().isBefore(today.minus(settings.measurementMaxInterval()))) {
            flags.add(new Flag(MEASUREMENTS_STALE, "Une action en cours sans mesure d'indicateur depuis le "
                                                   + facts.oldestActivityOn()));
        }
        if (facts.liveActionsWithoutSector() > 0 && !deployments.isEmpty()) {
            flags.add(new Flag(ACTION_NOT_DECLINED, facts.liveActionsWithoutSector()
                    + " action(s) non déclinée(s) par secteur là où la police de proximité est déployée"));
        }
        List<String> missing = missingPartners(facts);
        if (!missing.isEmpty()) {
            flags.add(new Flag(PARTNERS_MISSING, "Partenaires à associer : " + String.join(", ", missing)));
        }
        return flags;
    }

    private static List<String> missingPartners(ContractFacts facts) {
        List<String> missing = new ArrayList<>();
        if (!facts.partnerCategories().contains(PartnerCategory.ASSOCIATION.name())) {
            missing.add("secteur associatif");
        }
        if (!facts.partnerCategories().contains(PartnerCategory.BAILLEUR_SOCIAL.name())) {
            missing.add("secteur social (bailleurs)");
        }
        if (facts.partnerCategories().stream().noneMatch(c -> c.equals(PartnerCategory.MAIRE.name())
                || c.equals(PartnerCategory.CONSEIL_GENERAL.name()) || c.equals(PartnerCategory.CONSEIL_REGIONAL.name()))) {
            missing.add("collectivités locales");
        }
        return missing;
    }

    private static String describe(java.time.Period period) {
        return period.toTotalMonths() + " mois";
    }
}
