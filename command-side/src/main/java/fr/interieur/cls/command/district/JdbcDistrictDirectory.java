package fr.interieur.cls.command.district;

import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The district directory in the command side's tables, kept by a subscribing event handler in the same
 * transaction as the events it follows.
 */
@Component
@ProcessingGroup(JdbcDistrictDirectory.PROCESSING_GROUP)
public class JdbcDistrictDirectory implements DistrictDirectory {

    public static final String PROCESSING_GROUP = "command-registries";

    private final JdbcTemplate jdbc;

    public JdbcDistrictDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DepartementCode> departementOf(DistrictId districtId) {
        return jdbc.query("SELECT departement FROM command.district_registry WHERE district_id = ?",
                          (row, i) -> DepartementCode.of(row.getString(1)), districtId.value())
                   .stream().findFirst();
    }

    @Override
    public Optional<DistrictId> districtOf(SectorId sectorId) {
        return jdbc.query("SELECT district_id FROM command.sector_registry WHERE sector_id = ?",
                          (row, i) -> DistrictId.of(row.getString(1)), sectorId.value())
                   .stream().findFirst();
    }

    @EventHandler
    void on(DistrictRegistered event) {
        jdbc.update("INSERT INTO command.district_registry (district_id, departement) VALUES (?, ?)",
                    event.districtId().value(), event.departement().value());
    }

    @EventHandler
    void on(SectorDefined event) {
        if (districtOf(event.sectorId()).isEmpty()) {
            jdbc.update("INSERT INTO command.sector_registry (sector_id, district_id) VALUES (?, ?)",
                        event.sectorId().value(), event.districtId().value());
        }
    }
}
