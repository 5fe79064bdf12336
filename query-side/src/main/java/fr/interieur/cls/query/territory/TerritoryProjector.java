package fr.interieur.cls.query.territory;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.district.DistrictEvent;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Row;
import fr.interieur.cls.query.infrastructure.projection.Rows;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds district events into district and sector rows, and contract events into the contract's status,
 * territory and actions. Each aggregate's row keeps the last sequence folded in: an event at or below it was
 * seen already and changes nothing. Events of an aggregate never registered or drafted are skipped and logged.
 * Every handler reads and decides first and writes last, so that a handler that fails writes nothing.
 */
class TerritoryProjector {

    private static final Logger log = LoggerFactory.getLogger(TerritoryProjector.class);

    private final ProjectionContext context;

    TerritoryProjector(ProjectionContext context) {
        this.context = context;
    }

    @EventHandler
    void on(DistrictRegistered event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        if (rows.find(TerritoryTables.DISTRICT, event.districtId().value()).isPresent()) {
            return;
        }
        rows.put(TerritoryTables.DISTRICT, new Row().set("district_id", event.districtId().value())
                                                    .set("departement", event.departement().value())
                                                    .set("name", event.name())
                                                    .set("population", event.population())
                                                    .set("last_sequence", sequence));
    }

    @EventHandler
    void on(SectorDefined event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        Optional<Row> district = district(rows, event, sequence);
        if (district.isEmpty()) {
            return;
        }
        String districtId = event.districtId().value();
        Optional<Row> existing = rows.find(TerritoryTables.SECTOR, event.sectorId().value());
        // a sector row belongs to its district's aggregate: another district's event may not take it over
        boolean foreign = existing.isPresent() && !districtId.equals(existing.get().text("district_id"));
        if (foreign) {
            log.warn("sector {} defined in district {} already belongs to district {}: skipped", event.sectorId(),
                     districtId, existing.get().text("district_id"));
        }
        rows.put(TerritoryTables.DISTRICT, district.get().with("last_sequence", sequence));
        if (!foreign) {
            rows.put(TerritoryTables.SECTOR, new Row().set("sector_id", event.sectorId().value())
                                                      .set("district_id", districtId)
                                                      .set("name", event.name())
                                                      .set("quartiers", List.copyOf(event.quartiers()))
                                                      .set("population", event.population()));
        }
    }

    @EventHandler
    void on(ProximityPolicingDeployed event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        district(rows, event, sequence).ifPresent(row -> rows.put(TerritoryTables.DISTRICT, row
                .with("proximity_wave", event.wave().code())
                .with("proximity_started_on", event.startedOn())
                .with("last_sequence", sequence)));
    }

    @EventHandler
    void on(ContractDrafted event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        String contractId = event.contractId().value();
        if (rows.find(TerritoryTables.CONTRACT, contractId).isPresent()) {
            return;
        }
        Set<String> districts = ids(event.districtIds().stream().map(DistrictId::value).toList());
        Set<String> sectors = ids(event.sectorIds().stream().map(SectorId::value).toList());
        rows.put(TerritoryTables.CONTRACT, new Row().set("contract_id", contractId)
                                                    .set("departement", event.departement().value())
                                                    .set("title", event.title())
                                                    .set("status", ContractStatus.IN_PREPARATION.name())
                                                    .set("district_ids", String.join(",", districts))
                                                    .set("sector_ids", String.join(",", sectors))
                                                    .set("last_sequence", sequence));
        districts.forEach(id -> rows.put(TerritoryTables.CONTRACT_DISTRICT, contractDistrict(contractId, id)));
        sectors.forEach(id -> rows.put(TerritoryTables.CONTRACT_SECTOR, contractSector(contractId, id)));
    }

    @EventHandler
    void on(ContractAmended event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        contract(rows, event, sequence).ifPresent(contract -> {
            String contractId = event.contractId().value();
            Set<String> districts = split(contract.text("district_ids"));
            Set<String> sectors = split(contract.text("sector_ids"));
            List<String> addedDistricts = event.addDistrictIds().stream().map(DistrictId::value)
                                               .filter(id -> !districts.contains(id)).toList();
            List<String> removedSectors = event.removeSectorIds().stream().map(SectorId::value).toList();
            // as the contracts projection does: what an amendment both adds and removes ends up removed
            List<String> addedSectors = event.addSectorIds().stream().map(SectorId::value)
                                             .filter(id -> !sectors.contains(id) && !removedSectors.contains(id))
                                             .toList();
            List<String> droppedSectors = removedSectors.stream().filter(sectors::contains).toList();
            districts.addAll(addedDistricts);
            sectors.addAll(addedSectors);
            droppedSectors.forEach(sectors::remove);

            rows.put(TerritoryTables.CONTRACT, contract.with("district_ids", String.join(",", districts))
                                                       .with("sector_ids", String.join(",", sectors))
                                                       .with("last_sequence", sequence));
            addedDistricts.forEach(id -> rows.put(TerritoryTables.CONTRACT_DISTRICT, contractDistrict(contractId, id)));
            addedSectors.forEach(id -> rows.put(TerritoryTables.CONTRACT_SECTOR, contractSector(contractId, id)));
            droppedSectors.forEach(id -> rows.delete(TerritoryTables.CONTRACT_SECTOR, contractId, id));
        });
    }

    @EventHandler
    void on(ContractSigned event, @SequenceNumber long sequence) {
        status(event, sequence, ContractStatus.SIGNED);
    }

    @EventHandler
    void on(ContractEnded event, @SequenceNumber long sequence) {
        status(event, sequence, ContractStatus.ENDED);
    }

    @EventHandler
    void on(ActionAdded event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        contract(rows, event, sequence).ifPresent(contract -> {
            String contractId = event.contractId().value();
            String actionId = event.actionId().value();
            Set<String> sectors = ids(event.sectorIds().stream().map(SectorId::value).toList());
            // an action added again under the same id replaces the first one, sectors included
            Set<String> former = rows.find(TerritoryTables.ACTION, contractId, actionId)
                                     .map(action -> split(action.text("sector_ids"))).orElse(Set.of());
            rows.put(TerritoryTables.CONTRACT, contract.with("last_sequence", sequence));
            rows.put(TerritoryTables.ACTION, new Row().set("contract_id", contractId)
                                                      .set("action_id", actionId)
                                                      .set("theme", event.theme().name())
                                                      .set("status", ActionStatus.PLANNED.name())
                                                      .set("sector_ids", String.join(",", sectors)));
            former.stream().filter(id -> !sectors.contains(id))
                  .forEach(id -> rows.delete(TerritoryTables.ACTION_SECTOR, contractId, actionId, id));
            sectors.forEach(id -> rows.put(TerritoryTables.ACTION_SECTOR, new Row().set("contract_id", contractId)
                                                                                   .set("action_id", actionId)
                                                                                   .set("sector_id", id)));
        });
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        contract(rows, event, sequence).ifPresent(contract -> {
            Optional<Row> action = rows.find(TerritoryTables.ACTION, event.contractId().value(),
                                             event.actionId().value());
            if (action.isEmpty()) {
                log.warn("progress of action {} that contract {} never added: skipped", event.actionId(),
                         event.contractId());
            }
            rows.put(TerritoryTables.CONTRACT, contract.with("last_sequence", sequence));
            action.ifPresent(row -> rows.put(TerritoryTables.ACTION, row.with("status", event.status().name())));
        });
    }

    private void status(ContractEvent event, long sequence, ContractStatus status) {
        Rows rows = context.rows();
        contract(rows, event, sequence).ifPresent(contract -> rows.put(TerritoryTables.CONTRACT, contract
                .with("status", status.name())
                .with("last_sequence", sequence)));
    }

    /** The district row the event applies to; empty when unknown (logged) or when the event was folded in. */
    private static Optional<Row> district(Rows rows, DistrictEvent event, long sequence) {
        Optional<Row> district = rows.find(TerritoryTables.DISTRICT, event.districtId().value());
        if (district.isEmpty()) {
            log.warn("{} for district {} that was never registered: skipped", event.getClass().getSimpleName(),
                     event.districtId());
        }
        return district.filter(row -> row.longValue("last_sequence") < sequence);
    }

    /** The contract row the event applies to; empty when unknown (logged) or when the event was folded in. */
    private static Optional<Row> contract(Rows rows, ContractEvent event, long sequence) {
        Optional<Row> contract = rows.find(TerritoryTables.CONTRACT, event.contractId().value());
        if (contract.isEmpty()) {
            log.warn("{} for contract {} that was never drafted: skipped", event.getClass().getSimpleName(),
                     event.contractId());
        }
        return contract.filter(row -> row.longValue("last_sequence") < sequence);
    }

    private static Row contractDistrict(String contractId, String districtId) {
        return new Row().set("contract_id", contractId).set("district_id", districtId);
    }

    private static Row contractSector(String contractId, String sectorId) {
        return new Row().set("contract_id", contractId).set("sector_id", sectorId);
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? new LinkedHashSet<>()
                                              : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }
}
