package fr.interieur.cls.command.contract.registry;

import fr.interieur.cls.command.district.JdbcDistrictDirectory;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Contracts and the places they claim, in the command side's tables, kept by a subscribing event handler in the
 * same transaction as the events: a command later in the same batch already sees them.
 */
@Component
@ProcessingGroup(JdbcDistrictDirectory.PROCESSING_GROUP)
public class JdbcContractRegistry implements ContractDirectory, TerritoryClaims {

    private static final String NONE = "";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcContractRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Optional<Entry> find(ContractId contractId) {
        return jdbc.query("SELECT departement, status FROM command.contract_registry WHERE contract_id = ?",
                          (row, i) -> new Entry(contractId, DepartementCode.of(row.getString(1)),
                                                ContractStatus.valueOf(row.getString(2))),
                          contractId.value())
                   .stream().findFirst();
    }

    @Override
    public List<Claim> conflicting(ContractId self, ContractId supersedes, ClaimKind kind,
                                   Collection<InseeCode> communes, Collection<SectorId> sectors) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("kind", kind.name())
                .addValue("self", self.value())
                .addValue("supersedes", supersedes == null ? NONE : supersedes.value())
                .addValue("communes", communes.isEmpty() ? List.of(NONE) : communes.stream().map(InseeCode::value).toList())
                .addValue("sectors", sectors.isEmpty() ? List.of(NONE) : sectors.stream().map(SectorId::value).toList());
        // a shared commune, except between two quartier contracts that both name their sectors: then a shared sector
        String overlap = sectors.isEmpty()
                ? "(commune_code IN (:communes) AND sector_id = '')"
                : "(sector_id IN (:sectors) OR (commune_code IN (:communes) AND sector_id = '' AND NOT by_sector))";
        return named.query("SELECT contract_id, commune_code, sector_id FROM command.territory_claim "
                                   + "WHERE claim_kind = :kind AND " + overlap
                                   + " AND contract_id <> :self AND contract_id <> :supersedes"
                                   + " AND COALESCE(supersedes, '') <> :self ORDER BY contract_id, commune_code, sector_id",
                           parameters, (row, i) -> claim(row.getString(1), row.getString(2), row.getString(3)));
    }

    private static Claim claim(String contractId, String commune, String sectorId) {
        return new Claim(ContractId.of(contractId), commune.isEmpty() ? null : InseeCode.of(commune),
                         sectorId.isEmpty() ? null : sectorId);
    }

    @EventHandler
    void on(ContractDrafted event) {
        jdbc.update("INSERT INTO command.contract_registry (contract_id, departement, scope, status, supersedes, communes, "
                            + "sectors) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    event.contractId().value(), event.departement().value(), event.scope().name(),
                    ContractStatus.IN_PREPARATION.name(),
                    event.supersedes() == null ? null : event.supersedes().value(),
                    join(event.communes().stream().map(commune -> commune.code().value()).toList()),
                    join(event.sectorIds().stream().map(SectorId::value).toList()));
        claimAgain(event.contractId());
    }

    @EventHandler
    void on(ContractSigned event) {
        jdbc.update("UPDATE command.contract_registry SET status = ? WHERE contract_id = ?",
                    ContractStatus.SIGNED.name(), event.contractId().value());
    }

    @EventHandler
    void on(ContractAmended event) {
        Registered contract = registered(event.contractId());
        Set<String> communes = new LinkedHashSet<>(contract.communes());
        event.addCommunes().forEach(commune -> communes.add(commune.code().value()));
        event.removeCommunes().forEach(code -> communes.remove(code.value()));
        Set<String> sectors = new LinkedHashSet<>(contract.sectors());
        event.addSectorIds().forEach(sector -> sectors.add(sector.value()));
        event.removeSectorIds().forEach(sector -> sectors.remove(sector.value()));
        jdbc.update("UPDATE command.contract_registry SET communes = ?, sectors = ? WHERE contract_id = ?",
                    join(communes), join(sectors), event.contractId().value());
        claimAgain(event.contractId());
    }

    @EventHandler
    void on(ContractEnded event) {
        jdbc.update("UPDATE command.contract_registry SET status = ? WHERE contract_id = ?",
                    ContractStatus.ENDED.name(), event.contractId().value());
        jdbc.update("DELETE FROM command.territory_claim WHERE contract_id = ?", event.contractId().value());
    }

    /** The claims of a live contract, from its territory as it stands: its communes, and its sectors if any. */
    private void claimAgain(ContractId contractId) {
        Registered contract = registered(contractId);
        jdbc.update("DELETE FROM command.territory_claim WHERE contract_id = ?", contractId.value());
        boolean bySector = !contract.sectors().isEmpty();
        for (String commune : contract.communes()) {
            insertClaim(contractId, contract, commune, NONE, bySector);
        }
        for (String sector : contract.sectors()) {
            insertClaim(contractId, contract, NONE, sector, bySector);
        }
    }

    private Registered registered(ContractId contractId) {
        return jdbc.queryForObject(
                "SELECT scope, supersedes, communes, sectors FROM command.contract_registry WHERE contract_id = ?",
                (row, i) -> new Registered(ClaimKind.of(ContractScope.valueOf(row.getString(1))), row.getString(2),
                                           split(row.getString(3)), split(row.getString(4))),
                contractId.value());
    }

    private void insertClaim(ContractId contractId, Registered contract, String commune, String sector,
                             boolean bySector) {
        jdbc.update("INSERT INTO command.territory_claim (contract_id, claim_kind, commune_code, sector_id, by_sector, "
                            + "supersedes) VALUES (?, ?, ?, ?, ?, ?)",
                    contractId.value(), contract.kind().name(), commune, sector, bySector, contract.supersedes());
    }

    private static String join(Collection<String> values) {
        return String.join(",", values);
    }

    private static List<String> split(String values) {
        return values == null || values.isEmpty() ? List.of() : List.of(values.split(","));
    }

    private record Registered(ClaimKind kind, String supersedes, List<String> communes, List<String> sectors) {
    }
}
