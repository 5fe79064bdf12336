package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.query.contract.ContractDocument.Action;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Row;
import fr.interieur.cls.query.infrastructure.projection.Rows;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Folds contract events into contract documents (and their facts columns), and district events into what the
 * flags need of districts. What an event changes in a document is {@link ContractFold}'s, shared with the audit;
 * this class adds the rows and the bookkeeping. An event already folded in (its sequence below the document's
 * version) is skipped, so the same event twice changes nothing; an event of a contract never drafted is skipped
 * and logged.
 */
class ContractsProjector {

    private static final Logger log = LoggerFactory.getLogger(ContractsProjector.class);

    private final ProjectionContext context;

    ContractsProjector(ProjectionContext context) {
        this.context = context;
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber long sequence, TrackingToken token, @Timestamp Instant recordedAt) {
        if (event instanceof ContractDrafted drafted) {
            Rows rows = context.rows();
            if (document(rows, drafted.contractId().value()).isPresent()) {
                return;
            }
            save(rows, ContractFold.drafted(drafted), sequence, token);
            return;
        }
        change(event, sequence, token, document -> ContractFold.apply(document, event, recordedAt));
    }

    @EventHandler
    void on(DistrictRegistered event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        if (rows.find(ContractTables.DISTRICT, event.districtId().value()).isPresent()) {
            return;
        }
        rows.put(ContractTables.DISTRICT, new Row().set("district_id", event.districtId().value())
                                                   .set("departement", event.departement().value())
                                                   .set("name", event.name())
                                                   .set("last_sequence", sequence));
    }

    @EventHandler
    void on(ProximityPolicingDeployed event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        rows.find(ContractTables.DISTRICT, event.districtId().value())
            .filter(row -> row.longValue("last_sequence") < sequence)
            .ifPresent(row -> rows.put(ContractTables.DISTRICT, row.with("proximity_wave", event.wave().code())
                                                                  .with("proximity_started_on", event.startedOn())
                                                                  .with("last_sequence", sequence)));
    }

    private void change(ContractEvent event, long sequence, TrackingToken token, Consumer<ContractDocument> change) {
        Rows rows = context.rows();
        Optional<ContractDocument> found = document(rows, event.contractId().value());
        if (found.isEmpty()) {
            log.warn("{} for contract {} that was never drafted: skipped", event.getClass().getSimpleName(),
                     event.contractId());
            return;
        }
        ContractDocument document = found.get();
        if (sequence < document.version) {
            return;
        }
        change.accept(document);
        save(rows, document, sequence, token);
    }

    private Optional<ContractDocument> document(Rows rows, String contractId) {
        return rows.find(ContractTables.CONTRACT, contractId).map(row -> {
            Object value = row.get("document");
            if (value instanceof ContractDocument document) {
                return document;
            }
            try {
                return context.json().readValue((String) value, ContractDocument.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable document of contract " + contractId, e);
            }
        });
    }

    private void save(Rows rows, ContractDocument document, long sequence, TrackingToken token) {
        document.version = sequence + 1;
        document.position = token == null ? 0 : token.position().orElse(0);
        rows.put(ContractTables.CONTRACT, new Row()
                .set("contract_id", document.id)
                .set("departement", document.departement)
                .set("status", document.status)
                .set("title", document.title)
                .set("scope", document.scope)
                .set("signed_on", document.signedOn)
                .set("ended_on", document.end == null ? null : document.end.endedOn())
                .set("population_covered", document.populationCovered)
                .set("last_diagnostic_on", document.diagnostic == null ? null : document.diagnostic.adoptedOn)
                .set("last_committee_on", document.lastCommitteeOn())
                .set("assessed_years", document.assessments.stream().map(a -> a.year())
                                                          .collect(Collectors.toCollection(TreeSet::new)).stream()
                                                          .map(String::valueOf).collect(Collectors.joining(",")))
                .set("partner_categories", document.partners.stream().map(p -> p.category)
                                                            .collect(Collectors.toCollection(TreeSet::new)).stream()
                                                            .collect(Collectors.joining(",")))
                .set("district_ids", String.join(",", document.districtIds))
                .set("live_actions_without_sector", (int) document.actions.stream()
                        .filter(a -> isLive(a.status) && a.sectorIds.isEmpty()).count())
                .set("oldest_activity_on", document.actions.stream()
                        .filter(a -> ActionStatus.IN_PROGRESS.name().equals(a.status))
                        .map(Action::lastActivityOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null))
                .set("last_sequence", sequence)
                .set("last_position", document.position)
                .set("summary", ContractSummary.of(document))
                .set("document", document));
        for (Action action : document.actions) {
            Optional<Row> existing = rows.find(ContractTables.ACTION, document.id, action.actionId);
            if (existing.isEmpty() || !action.status.equals(existing.get().text("status"))) {
                rows.put(ContractTables.ACTION, new Row().set("contract_id", document.id)
                                                         .set("action_id", action.actionId)
                                                         .set("departement", document.departement)
                                                         .set("theme", action.theme)
                                                         .set("status", action.status));
            }
        }
    }

    private static boolean isLive(String actionStatus) {
        return ActionStatus.PLANNED.name().equals(actionStatus) || ActionStatus.IN_PROGRESS.name().equals(actionStatus);
    }
}
