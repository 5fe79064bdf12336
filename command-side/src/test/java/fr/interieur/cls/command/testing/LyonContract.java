package fr.interieur.cls.command.testing;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DelinquencyFigure;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorFinding;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.interieur.cls.command.testing.Places.CSP_LYON;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;

/**
 * The intercommunal contract of Lyon and Vénissieux (Rhône) at the stages of its life: in preparation with its
 * mandatory partners, ready to sign, signed, ended. Each stage is the list of its events, so a test can count them
 * as the API counts versions.
 */
public final class LyonContract {

    public static final ContractId ID = ContractId.of("CLS-69-LYON-VENISSIEUX");
    public static final ContractId OTHER_RHONE_CONTRACT = ContractId.of("CLS-69-VILLEURBANNE");

    public static final PartnerId PREFET = PartnerId.of("prefet-rhone");
    public static final PartnerId PROCUREUR = PartnerId.of("procureur-lyon");
    public static final PartnerId MAIRE_LYON = PartnerId.of("maire-lyon");
    public static final PartnerId MAIRE_VENISSIEUX = PartnerId.of("maire-venissieux");
    public static final PartnerId RECTEUR = PartnerId.of("recteur-lyon");
    public static final PartnerId BAILLEUR = PartnerId.of("opac-du-rhone");

    public static final ActionId ACTION = ActionId.of("FA-01-MEDIATION-MINGUETTES");
    public static final IndicatorId INCIVILITIES = IndicatorId.of("incivilites-signalees");

    public static final Delinquency DELINQUENCY = new Delinquency(
            "Hausse des atteintes aux biens aux Minguettes et dans le 8e arrondissement",
            List.of(new DelinquencyFigure("107", "Faits constatés (état 4001)", "1999", new BigDecimal("38412"),
                                          "DDSP du Rhône")));
    public static final Perception PERCEPTION = new Perception(
            "Sentiment d'insécurité fort le soir autour des centres commerciaux",
            List.of("Enquête auprès de 1 200 habitants, mars 2000"));
    public static final Responses RESPONSES = new Responses(
            "Médiation de nuit insuffisante, îlotage peu lisible pour les habitants");

    public static final int POPULATION = 445_452 + 56_487;
    /** Version as the API counts it (events) of each stage. */
    public static final int IN_PREPARATION_VERSION = 5;
    public static final int READY_TO_SIGN_VERSION = 7;
    public static final int SIGNED_VERSION = 8;

    private LyonContract() {
    }

    public static ContractDrafted drafted() {
        return new ContractDrafted(ID, "Contrat local de sécurité de Lyon et Vénissieux", RHONE,
                                   ContractScope.INTERCOMMUNAL, List.of(LYON, VENISSIEUX),
                                   List.of(CSP_LYON, CSP_VENISSIEUX), List.of(LYON_8E, MINGUETTES), POPULATION, null);
    }

    public static PartnerJoined prefetJoined() {
        return new PartnerJoined(ID, PREFET, "Préfet du Rhône", PartnerCategory.PREFET, null);
    }

    public static PartnerJoined procureurJoined() {
        return new PartnerJoined(ID, PROCUREUR, "Procureur de la République près le TGI de Lyon",
                                 PartnerCategory.PROCUREUR, null);
    }

    public static PartnerJoined maireLyonJoined() {
        return new PartnerJoined(ID, MAIRE_LYON, "Maire de Lyon", PartnerCategory.MAIRE, LYON.code());
    }

    public static PartnerJoined maireVenissieuxJoined() {
        return new PartnerJoined(ID, MAIRE_VENISSIEUX, "Maire de Vénissieux", PartnerCategory.MAIRE,
                                 VENISSIEUX.code());
    }

    public static PartnerJoined recteurJoined() {
        return new PartnerJoined(ID, RECTEUR, "Recteur de l'académie de Lyon", PartnerCategory.RECTEUR, null);
    }

    public static DiagnosticAdopted diagnostic(int version, LocalDate adoptedOn) {
        return new DiagnosticAdopted(ID, version, adoptedOn, DELINQUENCY, PERCEPTION, RESPONSES,
                                     List.of(new SectorFinding(MINGUETTES, "Trafics au pied des tours")));
    }

    /** A diagnostic without its third part: how well current responses work. */
    public static DiagnosticAdopted incompleteDiagnostic(int version, LocalDate adoptedOn) {
        return new DiagnosticAdopted(ID, version, adoptedOn, DELINQUENCY, PERCEPTION, null, List.of());
    }

    public static Indicator incivilities() {
        return new Indicator(INCIVILITIES, "Incivilités signalées par les médiateurs", "faits par mois",
                             new BigDecimal("120"), new BigDecimal("60"), "main courante des médiateurs");
    }

    public static ActionAdded actionAdded() {
        return new ActionAdded(ID, ACTION, "Médiateurs de nuit aux Minguettes", ActionTheme.MEDIATION,
                               "Réduire les incivilités le soir autour du centre commercial", MAIRE_VENISSIEUX,
                               List.of(PREFET), List.of(MINGUETTES), LocalDate.of(2000, 9, 1),
                               LocalDate.of(2001, 12, 31),
                               new Budget(new BigDecimal("150000"), "FRF", List.of("Fonds interministériel de la ville")),
                               List.of(incivilities()));
    }

    /** The préfet, the procureur and both mayors: the signatures rule 1 demands. */
    public static List<Signature> mandatorySignatures() {
        return List.of(new Signature(PREFET, "Pierre Lambert", null),
                       new Signature(PROCUREUR, "Anne Moreau", null),
                       new Signature(MAIRE_LYON, "Raymond Barre", null),
                       new Signature(MAIRE_VENISSIEUX, "André Gerin", null));
    }

    public static ContractSigned signed() {
        return new ContractSigned(ID, LocalDate.of(2000, 11, 20), mandatorySignatures());
    }

    public static ContractEnded ended() {
        return new ContractEnded(ID, LocalDate.of(2002, 3, 31), EndReason.DENOUNCED, null);
    }

    /** Drafted, with the préfet, the procureur and both mayors as partners. */
    public static List<Object> inPreparation() {
        return List.of(drafted(), prefetJoined(), procureurJoined(), maireLyonJoined(), maireVenissieuxJoined());
    }

    /** In preparation, plus a complete diagnostic and one action. */
    public static List<Object> readyToSign() {
        return with(inPreparation(), diagnostic(1, LocalDate.of(2000, 6, 30)), actionAdded());
    }

    public static List<Object> signedContract() {
        return with(readyToSign(), signed());
    }

    public static List<Object> endedContract() {
        return with(signedContract(), ended());
    }

    public static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
