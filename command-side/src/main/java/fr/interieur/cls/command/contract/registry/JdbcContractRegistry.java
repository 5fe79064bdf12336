package fr.interieur.cls.command.contract.registry;

import fr.interieur.cls.command.district.JdbcDistrictDirectory;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.types.Commune;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
        List<Claim> claims = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("kind", kind.name())
                .addValue("self", self.value())
                .addValue("supersedes", supersedes == null ? NONE : supersedes.value());
        String others = " AND contract_id <> :self AND contract_id <> :supersedes"
                        + " AND COALESCE(supersedes, '') <> :self ORDER BY contract_id, commune_code, sector_id";
        if (!communes.isEmpty()) {
            parameters.addValue("communes", communes.stream().map(InseeCode::value).toList());
            claims.addAll(named.query("SELECT contract_id, commune_code, sector_id FROM command.territory_claim "
                                              + "WHERE claim_kind = :kind AND sector_id = '' "
                                              + "AND commune_code IN (:communes)" + others, parameters,
                                      (row, i) -> claim(row.getString(1), row.getString(2), row.getString(3))));
        }
        if (!sectors.isEmpty()) {
            parameters.addValue("sectors", sectors.stream().map(SectorId::value).toList());
            claims.addAll(named.query("SELECT contract_id, commune_code, sector_id FROM command.territory_claim "
                                              + "WHERE claim_kind = :kind AND sector_id IN (:sectors)" + others,
                                      parameters,
                                      (row, i) -> claim(row.getString(1), row.getString(2), row.getString(3))));
        }
        return claims;
    }

    private static Claim claim(String contractId, String commune, String sectorId) {
        return new Claim(ContractId.of(contractId), commune.isEmpty() ? null : InseeCode.of(commune),
                         sectorId.isEmpty() ? null : sectorId);
    }

    @EventHandler
    void on(ContractDrafted event) {
        jdbc.update("INSERT INTO command.contract_registry (contract_id, departement, scope, status, supersedes) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    event.contractId().value(), event.departement().value(), event.scope().name(),
                    ContractStatus.IN_PREPARATION.name(),
                    event.supersedes() == null ? null : event.supersedes().value());
        claim(event.contractId(), event.communes().stream().map(Commune::code).toList(), event.sectorIds());
    }

    @EventHandler
    void on(ContractSigned event) {
        jdbc.update("UPDATE command.contract_registry SET status = ? WHERE contract_id = ?",
                    ContractStatus.SIGNED.name(), event.contractId().value());
    }

    @EventHandler
    void on(ContractAmended event) {
        for (InseeCode removed : event.removeCommunes()) {
            jdbc.update("DELETE FROM command.territory_claim WHERE contract_id = ? AND commune_code = ? "
                                + "AND sector_id = ''", event.contractId().value(), removed.value());
        }
        for (SectorId removed : event.removeSectorIds()) {
            jdbc.update("DELETE FROM command.territory_claim WHERE contract_id = ? AND sector_id = ?",
                        event.contractId().value(), removed.value());
        }
        claim(event.contractId(), event.addCommunes().stream().map(Commune::code).toList(), event.addSectorIds());
    }

    @EventHandler
    void on(ContractEnded event) {
        jdbc.update("UPDATE command.contract_registry SET status = ? WHERE contract_id = ?",
                    ContractStatus.ENDED.name(), event.contractId().value());
        jdbc.update("DELETE FROM command.territory_claim WHERE contract_id = ?", event.contractId().value());
    }

    private void claim(ContractId contractId, List<InseeCode> communes, List<SectorId> sectors) {
        Registered contract = jdbc.queryForObject(
                "SELECT scope, supersedes FROM command.contract_registry WHERE contract_id = ?",
                (row, i) -> new Registered(ClaimKind.of(ContractScope.valueOf(row.getString(1))), row.getString(2)),
                contractId.value());
        for (InseeCode commune : communes) {
            insertClaim(contractId, contract, commune.value(), NONE);
        }
        for (SectorId sector : sectors) {
            insertClaim(contractId, contract, NONE, sector.value());
        }
    }

    private void insertClaim(ContractId contractId, Registered contract, String commune, String sector) {
        jdbc.update("INSERT INTO command.territory_claim (contract_id, claim_kind, commune_code, sector_id, supersedes) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    contractId.value(), contract.kind().name(), commune, sector, contract.supersedes());
    }

    private record Registered(ClaimKind kind, String supersedes) {
    }
}
