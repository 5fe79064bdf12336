package fr.interieur.cls.command.contract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A local security contract, as far as its rules need to know it. The decisions live in the feature packages'
 * handlers, which read this state and {@link #record} events; this class only folds events into state. Jackson
 * reads and writes the fields directly for snapshots.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Contract {

    /** A partner as the rules see it. */
    public record Partner(PartnerId partnerId, String name, PartnerCategory category, InseeCode communeCode) {
    }

    /** An action sheet as the rules see it. */
    public record Action(ActionId actionId, ActionStatus status, Set<IndicatorId> indicatorIds) {
    }

    @AggregateIdentifier
    private String id;
    private String title;
    private DepartementCode departement;
    private ContractScope scope;
    private ContractStatus status;
    private Map<String, Commune> communes = new LinkedHashMap<>();
    private Set<DistrictId> districtIds = new LinkedHashSet<>();
    private Set<SectorId> sectorIds = new LinkedHashSet<>();
    private long populationCovered;
    private ContractId supersedes;
    private Map<String, Partner> partners = new LinkedHashMap<>();
    private int diagnosticVersion;
    private boolean diagnosticComplete;
    private Map<String, Action> actions = new LinkedHashMap<>();
    private LocalDate signedOn;
    private List<ChairDelegated> delegations = new ArrayList<>();
    private Set<String> meetingIds = new LinkedHashSet<>();
    private Set<String> amendmentIds = new LinkedHashSet<>();
    private Set<Integer> assessedYears = new TreeSet<>();
    private String followUpCouncil;
    private LocalDate endedOn;

    protected Contract() {
        // Axon and Jackson
    }

    public Contract(ContractDrafted drafted) {
        AggregateLifecycle.apply(drafted);
    }

    /** Records an event the handler decided on; it is folded into this state at once. */
    public void record(ContractEvent event) {
        AggregateLifecycle.apply(event);
    }

    public ContractId id() {
        return ContractId.of(id);
    }

    public DepartementCode departement() {
        return departement;
    }

    public ContractScope scope() {
        return scope;
    }

    public ContractStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Collection<Commune> communes() {
        return Collections.unmodifiableCollection(communes.values());
    }

    public boolean covers(InseeCode commune) {
        return communes.containsKey(commune.value());
    }

    public Set<DistrictId> districtIds() {
        return Collections.unmodifiableSet(districtIds);
    }

    public Set<SectorId> sectorIds() {
        return Collections.unmodifiableSet(sectorIds);
    }

    public long populationCovered() {
        return populationCovered;
    }

    public Optional<ContractId> supersedes() {
        return Optional.ofNullable(supersedes);
    }

    public Collection<Partner> partners() {
        return Collections.unmodifiableCollection(partners.values());
    }

    public Optional<Partner> partner(PartnerId partnerId) {
        return Optional.ofNullable(partners.get(partnerId.value()));
    }

    public int diagnosticVersion() {
        return diagnosticVersion;
    }

    /** The latest diagnostic holds its three parts. */
    public boolean diagnosticComplete() {
        return diagnosticComplete;
    }

    public Collection<Action> actions() {
        return Collections.unmodifiableCollection(actions.values());
    }

    public Optional<Action> action(ActionId actionId) {
        return Optional.ofNullable(actions.get(actionId.value()));
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public List<ChairDelegated> delegations() {
        return Collections.unmodifiableList(delegations);
    }

    public boolean hasMeeting(String meetingId) {
        return meetingIds.contains(meetingId);
    }

    public boolean hasAmendment(String amendmentId) {
        return amendmentIds.contains(amendmentId);
    }

    public boolean assessed(int year) {
        return assessedYears.contains(year);
    }

    public Optional<String> followUpCouncil() {
        return Optional.ofNullable(followUpCouncil);
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        id = event.contractId().value();
        title = event.title();
        departement = event.departement();
        scope = event.scope();
        status = ContractStatus.IN_PREPARATION;
        event.communes().forEach(commune -> communes.put(commune.code().value(), commune));
        districtIds.addAll(event.districtIds());
        sectorIds.addAll(event.sectorIds());
        populationCovered = event.populationCovered();
        supersedes = event.supersedes();
    }

    @EventSourcingHandler
    void on(PartnerJoined event) {
        partners.put(event.partnerId().value(),
                     new Partner(event.partnerId(), event.name(), event.category(), event.communeCode()));
    }

    @EventSourcingHandler
    void on(PartnerLeft event) {
        partners.remove(event.partnerId().value());
    }

    @EventSourcingHandler
    void on(DiagnosticAdopted event) {
        diagnosticVersion = event.version();
        diagnosticComplete = event.isComplete();
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        Set<IndicatorId> indicatorIds = new LinkedHashSet<>();
        event.indicators().stream().map(Indicator::indicatorId).forEach(indicatorIds::add);
        actions.put(event.actionId().value(), new Action(event.actionId(), ActionStatus.PLANNED, indicatorIds));
    }

    @EventSourcingHandler
    void on(ActionProgressRecorded event) {
        actions.computeIfPresent(event.actionId().value(),
                                 (key, action) -> new Action(action.actionId(), event.status(), action.indicatorIds()));
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        status = ContractStatus.SIGNED;
        signedOn = event.signedOn();
    }

    @EventSourcingHandler
    void on(ChairDelegated event) {
        delegations.add(event);
    }

    @EventSourcingHandler
    void on(CommitteeMeetingHeld event) {
        meetingIds.add(event.meetingId().value());
    }

    @EventSourcingHandler
    void on(CommunicationCarriedOut event) {
        // nothing the rules need to remember
    }

    @EventSourcingHandler
    void on(ReviewMeetingHeld event) {
        // nothing the rules need to remember
    }

    @EventSourcingHandler
    void on(ContractAmended event) {
        amendmentIds.add(event.amendmentId().value());
        event.addCommunes().forEach(commune -> communes.put(commune.code().value(), commune));
        event.removeCommunes().forEach(code -> communes.remove(code.value()));
        districtIds.addAll(event.addDistrictIds());
        sectorIds.addAll(event.addSectorIds());
        event.removeSectorIds().forEach(sectorIds::remove);
        if (event.populationCovered() != null) {
            populationCovered = event.populationCovered();
        }
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessedYears.add(event.year());
    }

    @EventSourcingHandler
    void on(FollowUpTransferred event) {
        followUpCouncil = event.council();
    }

    @EventSourcingHandler
    void on(ContractEnded event) {
        status = ContractStatus.ENDED;
        endedOn = event.endedOn();
    }
}
