package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import fr.interieur.cls.events.district.DistrictEvent;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static fr.interieur.cls.query.timeline.French.count;
import static fr.interieur.cls.query.timeline.French.date;
import static fr.interieur.cls.query.timeline.French.excerpt;
import static fr.interieur.cls.query.timeline.French.list;
import static fr.interieur.cls.query.timeline.French.number;
import static fr.interieur.cls.query.timeline.French.sentence;

/**
 * The sentence a civil servant reads for each event: what happened, with the names the timeline learnt from
 * the aggregate's earlier events (partners, actions, communes) rather than identifiers. The switch covers every
 * event of the sealed families, so a new event type does not compile until it has its sentence.
 */
final class Sentences {

    /** Lists longer than this end with "et N autres": a sentence, not an inventory. */
    private static final int LISTED = 10;

    /** What the timeline knows of the event's aggregate when the event comes, from its earlier events. */
    interface Known {

        /** The district's name (contracts: the title), if its first event was seen. */
        Optional<String> name();

        Optional<String> commune(String inseeCode);

        Optional<Partner> partner(String partnerId);

        Optional<Action> action(String actionId);
    }

    record Partner(String name, PartnerCategory category, String communeCode) {
    }

    record Action(String title, ActionTheme theme, Map<String, Indicator> indicators) {
    }

    record Indicator(String name, String unit) {
    }

    private Sentences() {
    }

    static String of(DomainEvent event, Known known) {
        return switch (event) {
            case ContractEvent e -> of(e, known);
            case DistrictEvent e -> of(e, known);
            default -> throw new IllegalArgumentException("not an event of the domain: " + event.getClass());
        };
    }

    private static String of(ContractEvent event, Known known) {
        return switch (event) {
            case ContractDrafted e -> drafted(e);
            case PartnerJoined e -> partnerJoined(e, known);
            case PartnerLeft e -> partnerLeft(e, known);
            case DiagnosticAdopted e -> diagnostic(e);
            case ActionAdded e -> actionAdded(e, known);
            case ActionProgressRecorded e -> progress(e, known);
            case ContractSigned e -> signed(e, known);
            case ChairDelegated e -> delegated(e);
            case CommitteeMeetingHeld e -> committee(e);
            case CommunicationCarriedOut e -> communication(e);
            case ReviewMeetingHeld e -> review(e);
            case ContractAmended e -> amended(e, known);
            case AssessmentRecorded e -> "Bilan annuel " + e.year() + (e.correction() ? " rectifié" : " enregistré")
                                         + " : " + count(e.proposals().size(), "aucune proposition", "proposition",
                                                         "propositions") + ".";
            case FollowUpTransferred e -> "Suivi du contrat transféré au conseil local « " + excerpt(e.council())
                                          + " » à partir du " + date(e.transferredOn()) + ".";
            case ContractEnded e -> "Fin du contrat le " + date(e.endedOn()) + " : "
                                    + (e.reason() == EndReason.SUPERSEDED
                                       ? "remplacé par le contrat " + e.supersededBy().value()
                                       : Labels.end(e.reason())) + ".";
        };
    }

    private static String of(DistrictEvent event, Known known) {
        return switch (event) {
            case DistrictRegistered e -> registered(e);
            case SectorDefined e -> sector(e, known);
            case ProximityPolicingDeployed e -> "Police de proximité déployée dans la circonscription "
                                                + known.name().orElse(e.districtId().value()) + " ("
                                                + Labels.wave(e.wave()) + ") à partir du " + date(e.startedOn()) + ".";
        };
    }

    private static String drafted(ContractDrafted e) {
        List<String> communes = names(e.communes());
        String of = communes.isEmpty() ? "" : " " + French.of(list(communes, LISTED));
        String territory = switch (e.scope()) {
            case COMMUNE -> communes.isEmpty() ? "une commune"
                    : communes.size() == 1 ? "la commune" + of : "les communes" + of;
            case INTERCOMMUNAL -> communes.isEmpty() ? "un territoire intercommunal"
                    : count(communes.size(), "", "commune", "communes") + " (" + list(communes, LISTED) + ")";
            case QUARTIER -> "des quartiers" + of;
            case TRANSPORT_NETWORK -> "le réseau de transport" + of;
            case ARRONDISSEMENT -> "un arrondissement" + of;
        };
        return "Contrat « " + e.title() + " » mis en préparation pour " + territory + " ; "
               + count(e.populationCovered(), "aucun habitant couvert", "habitant couvert", "habitants couverts")
               + (e.supersedes() == null ? "" : ", en remplacement du contrat " + e.supersedes().value()) + ".";
    }

    private static String partnerJoined(PartnerJoined e, Known known) {
        Partner partner = new Partner(e.name(), e.category(), e.communeCode() == null ? null : e.communeCode().value());
        return describe(partner, known) + " rejoint le contrat.";
    }

    private static String partnerLeft(PartnerLeft e, Known known) {
        return known.partner(e.partnerId().value())
                    .map(partner -> describe(partner, known) + " quitte le contrat.")
                    .orElse("Le partenaire " + e.partnerId().value() + " quitte le contrat.");
    }

    /** "Association Le Relais (association)", "Gérard Collomb (maire de Lyon)", but "Préfet du Rhône" alone. */
    private static String describe(Partner partner, Known known) {
        String role = Labels.category(partner.category());
        if (partner.category() == PartnerCategory.MAIRE && partner.communeCode() != null) {
            role += " " + French.of(known.commune(partner.communeCode()).orElse(partner.communeCode()));
        }
        if (partner.name().toLowerCase(Locale.ROOT).startsWith(role.toLowerCase(Locale.ROOT))) {
            return partner.name();
        }
        return partner.name() + " (" + role + ")";
    }

    private static String diagnostic(DiagnosticAdopted e) {
        List<String> missing = new ArrayList<>();
        if (e.delinquency() == null) {
            missing.add("situation de la délinquance");
        }
        if (e.perception() == null) {
            missing.add("sentiment d'insécurité");
        }
        if (e.responses() == null) {
            missing.add("évaluation des réponses actuelles");
        }
        return "Diagnostic local de sécurité " + (e.version() > 1 ? "actualisé " : "") + "(version " + e.version()
               + ") adopté le " + date(e.adoptedOn())
               + (missing.isEmpty() ? ""
                  : (missing.size() == 1 ? " ; partie manquante : " : " ; parties manquantes : ")
                    + String.join(", ", missing)) + ".";
    }

    private static String actionAdded(ActionAdded e, Known known) {
        String lead = known.partner(e.leadPartnerId().value()).map(Partner::name).orElse(e.leadPartnerId().value());
        StringBuilder text = new StringBuilder("Action « ").append(e.title()).append(" » (")
                .append(Labels.theme(e.theme())).append(") inscrite au plan d'action, pilotée par ").append(lead)
                .append(", du ").append(date(e.startOn())).append(" au ").append(date(e.endOn())).append(" ; ")
                .append(count(e.indicators().size(), "aucun indicateur", "indicateur", "indicateurs")).append(" ; ")
                .append(e.sectorIds().isEmpty() ? "non déclinée par secteur"
                        : "déclinée dans " + count(e.sectorIds().size(), "", "secteur", "secteurs"));
        if (e.budget() != null) {
            BigDecimal amount = e.budget().amount();
            text.append(" ; budget de ").append(number(amount)).append(' ')
                .append(Labels.currency(e.budget().currency(), amount.compareTo(BigDecimal.valueOf(2)) >= 0));
        }
        return text.append('.').toString();
    }

    /**
     * « Action « Correspondants de nuit » (médiation) : en cours ; mesure « Interventions de nuit » = 85
     * interventions au 30/06/1999. »
     */
    private static String progress(ActionProgressRecorded e, Known known) {
        Optional<Action> action = known.action(e.actionId().value());
        StringBuilder text = new StringBuilder("Action ");
        text.append(action.map(a -> "« " + a.title() + " » (" + Labels.theme(a.theme()) + ")")
                          .orElse(e.actionId().value()));
        text.append(" : ").append(Labels.status(e.status()));
        for (Measurement measurement : e.measurements()) {
            String id = measurement.indicatorId().value();
            Optional<Indicator> indicator = action.map(a -> a.indicators().get(id));
            text.append(" ; mesure ").append(indicator.map(i -> "« " + i.name() + " »").orElse(id)).append(" = ")
                .append(number(measurement.value())).append(indicator.map(i -> " " + i.unit()).orElse(""))
                .append(" au ").append(date(measurement.measuredOn()));
        }
        return text.append('.').toString();
    }

    /** « Contrat signé le 15/01/1999 par 4 signataires : Préfet du Rhône, Procureur de la République, … » */
    private static String signed(ContractSigned e, Known known) {
        List<String> signatories = new ArrayList<>();
        for (Signature signature : e.signatures()) {
            signatories.add(known.partner(signature.partnerId().value()).map(Partner::name)
                                 .orElse(signature.signedBy()));
        }
        return "Contrat signé le " + date(e.signedOn())
               + (signatories.isEmpty() ? "" : " par " + count(signatories.size(), "", "signataire", "signataires")
                                               + " : " + String.join(", ", signatories)) + ".";
    }

    private static String delegated(ChairDelegated e) {
        return "Présidence du comité de pilotage déléguée à " + e.sousPrefet() + " ("
               + (French.feminine(e.sousPrefet()) ? "sous-préfète" : "sous-préfet") + ") "
               + (e.to() == null ? "à partir du " + date(e.from()) : "du " + date(e.from()) + " au " + date(e.to()))
               + ".";
    }

    /**
     * « Comité de pilotage du 06/07/1999 présidé par Mme Claire Martin (sous-préfète déléguée) ; 1 action
     * examinée, 1 décision. »
     */
    private static String committee(CommitteeMeetingHeld e) {
        String chair = e.chair().name();
        return "Comité de pilotage du " + date(e.heldOn()) + " présidé par " + chair + " ("
               + Labels.chair(e.chair().office(), French.feminine(chair)) + ") ; "
               + count(e.actionsReviewed().size(), "aucune action examinée", "action examinée", "actions examinées")
               + ", " + count(e.decisions().size(), "aucune décision", "décision", "décisions") + ".";
    }

    private static String amended(ContractAmended e, Known known) {
        List<String> changes = new ArrayList<>();
        if (!e.addCommunes().isEmpty()) {
            changes.add((e.addCommunes().size() == 1 ? "commune ajoutée : " : "communes ajoutées : ")
                        + list(names(e.addCommunes()), LISTED));
        }
        if (!e.removeCommunes().isEmpty()) {
            List<String> removed = e.removeCommunes().stream().map(InseeCode::value)
                                    .map(code -> known.commune(code).orElse(code)).toList();
            changes.add((removed.size() == 1 ? "commune retirée : " : "communes retirées : ") + list(removed, LISTED));
        }
        if (!e.addDistrictIds().isEmpty()) {
            changes.add(count(e.addDistrictIds().size(), "", "circonscription ajoutée", "circonscriptions ajoutées"));
        }
        if (!e.addSectorIds().isEmpty()) {
            changes.add(count(e.addSectorIds().size(), "", "secteur ajouté", "secteurs ajoutés"));
        }
        if (!e.removeSectorIds().isEmpty()) {
            changes.add(count(e.removeSectorIds().size(), "", "secteur retiré", "secteurs retirés"));
        }
        if (e.populationCovered() != null) {
            changes.add("population couverte portée à " + inhabitants(e.populationCovered()));
        }
        return "Avenant signé le " + date(e.signedOn()) + " : " + excerpt(e.summary())
               + (changes.isEmpty() ? "" : " (" + String.join(" ; ", changes) + ")") + ".";
    }

    private static String communication(CommunicationCarriedOut e) {
        return sentence("Action de communication du " + date(e.heldOn()) + " (" + excerpt(e.channel())
                        + ", public : " + excerpt(e.audience()) + ") : " + excerpt(e.summary()));
    }

    private static String review(ReviewMeetingHeld e) {
        String participants = count(e.participants().size(), "aucun participant", "participant", "participants");
        if (!e.participants().isEmpty()) {
            participants += " (" + list(e.participants(), 5) + ")";
        }
        return sentence("Réunion de bilan du " + date(e.heldOn()) + " avec " + participants + " : "
                        + excerpt(e.summary()));
    }

    private static String registered(DistrictRegistered e) {
        String communes = count(e.communes().size(), "aucune commune", "commune", "communes");
        if (!e.communes().isEmpty()) {
            communes += " (" + list(names(e.communes()), LISTED) + ")";
        }
        return "Circonscription " + e.name() + " enregistrée : " + communes + ", " + inhabitants(e.population()) + ".";
    }

    private static String sector(SectorDefined e, Known known) {
        String quartiers = e.quartiers().isEmpty() ? ""
                : (e.quartiers().size() == 1 ? ", quartier " : ", quartiers ") + list(e.quartiers(), LISTED);
        return "Secteur « " + e.name() + " » défini dans la circonscription "
               + known.name().orElse(e.districtId().value()) + " : " + inhabitants(e.population()) + quartiers + ".";
    }

    private static String inhabitants(long population) {
        return count(population, "0 habitant", "habitant", "habitants");
    }

    private static List<String> names(List<Commune> communes) {
        return communes.stream().map(Commune::name).toList();
    }
}
