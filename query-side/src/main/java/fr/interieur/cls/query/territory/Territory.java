package fr.interieur.cls.query.territory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.territory.SectorStatus.CoveringContract;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of one slot schema of the territory projection: sector status and coverage, computed when read because
 * coverage combines districts and contracts, which different segments project.
 * <p>
 * <b>The coverage rule.</b> A contract is live while {@code IN_PREPARATION} or {@code SIGNED}. A sector is
 * covered when a live contract names it in its sectors, or names its district and none of that district's
 * sectors (such a contract covers the whole district). An ended contract covers nothing; an amendment removing a
 * sector from a contract stops that contract covering it. A district is fully covered when all its sectors are;
 * a district with no sector defined yet is fully covered when a live contract names it. Community policing runs
 * in a district from its start date on; where it runs and the district is not fully covered, the district
 * raises {@link Flags#SECTORS_NOT_COVERED} (the circular asks for full coverage there).
 * <p>
 * Actions are those of live contracts: an ended contract's plan no longer runs anywhere.
 */
public final class Territory {

    static final List<String> LIVE = List.of("IN_PREPARATION", "SIGNED");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final String schema;

    public Territory(NamedParameterJdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public Optional<String> departementOf(String districtId) {
        return jdbc.query("SELECT departement FROM " + table("district") + " WHERE district_id = :id",
                          Map.of("id", districtId), (row, i) -> row.getString(1)).stream().findFirst();
    }

    /** One district's sector status. */
    public Optional<DistrictStatus> district(String districtId, LocalDate today) {
        return read(new Filter("d.district_id = :district", new MapSqlParameterSource("district", districtId)),
                    today).stream().findFirst();
    }

    /**
     * The sector status of every district of these départements (all when empty): districts not fully covered
     * first, then by district id; in each, uncovered sectors first, then by sector id.
     */
    public List<DistrictStatus> districts(Optional<Set<String>> departements, LocalDate today) {
        return read(Filter.of("d", departements), today);
    }

    /** Actions of live contracts of these départements (all when empty), counted by theme then status. */
    public Map<String, Map<String, Long>> actionsByThemeAndStatus(Optional<Set<String>> departements) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (ActionTheme theme : ActionTheme.values()) {
            counts.put(theme.name(), byStatus());
        }
        Filter filter = Filter.of("c", departements);
        jdbc.query("SELECT a.theme, a.status, count(*) FROM " + table("action") + " a JOIN " + table("contract")
                           + " c ON c.contract_id = a.contract_id AND c.status IN (:live) WHERE " + filter.where()
                           + " GROUP BY a.theme, a.status",
                   filter.parameters().addValue("live", LIVE),
                   row -> {
                       counts.computeIfAbsent(row.getString(1), theme -> byStatus())
                             .put(row.getString(2), row.getLong(3));
                   });
        return counts;
    }

    private List<DistrictStatus> read(Filter filter, LocalDate today) {
        Map<String, List<SectorRow>> sectorsByDistrict = new HashMap<>();
        jdbc.query("SELECT s.sector_id, s.district_id, s.name, s.quartiers, s.population FROM " + table("sector")
                           + " s JOIN " + table("district") + " d ON d.district_id = s.district_id WHERE "
                           + filter.where(),
                   filter.parameters(),
                   row -> {
                       sectorsByDistrict.computeIfAbsent(row.getString(2), id -> new ArrayList<>()).add(
                               new SectorRow(row.getString(1), row.getString(3), quartiers(row.getString(4)),
                                             row.getLong(5)));
                   });
        Map<String, List<CoveringContract>> covering = covering(filter);
        Map<String, Map<String, Long>> actions = actionsBySector(filter);
        Set<String> named = namedDistricts(filter);

        List<DistrictStatus> districts = jdbc.query(
                "SELECT d.district_id, d.departement, d.name, d.population, d.proximity_wave, d.proximity_started_on "
                        + "FROM " + table("district") + " d WHERE " + filter.where(),
                filter.parameters(),
                (row, i) -> {
                    String districtId = row.getString(1);
                    java.sql.Date started = row.getDate(6);
                    ProximityPolicing proximity = row.getString(5) == null ? null
                            : new ProximityPolicing(row.getString(5), started == null ? null : started.toLocalDate());
                    List<SectorStatus> sectors = new ArrayList<>();
                    for (SectorRow sector : sectorsByDistrict.getOrDefault(districtId, List.of())) {
                        List<CoveringContract> contracts = covering.getOrDefault(sector.sectorId(), List.of());
                        sectors.add(new SectorStatus(sector.sectorId(), sector.name(), sector.quartiers(),
                                                     sector.population(), contracts, proximity,
                                                     actions.getOrDefault(sector.sectorId(), byStatus()),
                                                     !contracts.isEmpty()));
                    }
                    sectors.sort(Comparator.comparing(SectorStatus::covered).thenComparing(SectorStatus::sectorId));
                    int uncovered = (int) sectors.stream().filter(sector -> !sector.covered()).count();
                    boolean fullyCovered = sectors.isEmpty() ? named.contains(districtId) : uncovered == 0;
                    List<Flags.Flag> flags = proximity != null && proximity.runsOn(today) && !fullyCovered
                            ? List.of(notCovered(proximity, uncovered)) : List.of();
                    return new DistrictStatus(districtId, row.getString(3), row.getString(2), row.getLong(4),
                                              proximity, fullyCovered, uncovered,
                                              flags.stream().map(Flags.Flag::code).toList(), flags, sectors);
                });
        return districts.stream()
                        .sorted(Comparator.comparing(DistrictStatus::fullyCovered)
                                          .thenComparing(DistrictStatus::districtId))
                        .toList();
    }

    /**
     * The live contracts covering each sector of the filtered districts: those naming the sector, and those
     * naming its district and none of that district's sectors.
     */
    private Map<String, List<CoveringContract>> covering(Filter filter) {
        Map<String, List<CoveringContract>> covering = new HashMap<>();
        jdbc.query("SELECT x.sector_id, c.contract_id, c.title, c.status FROM ("
                           + " SELECT cs.contract_id, cs.sector_id FROM " + table("contract_sector") + " cs"
                           + " UNION"
                           + " SELECT cd.contract_id, ws.sector_id FROM " + table("contract_district") + " cd"
                           + " JOIN " + table("sector") + " ws ON ws.district_id = cd.district_id"
                           + " WHERE NOT EXISTS (SELECT 1 FROM " + table("contract_sector") + " ns JOIN "
                           + table("sector") + " nss ON nss.sector_id = ns.sector_id"
                           + " WHERE ns.contract_id = cd.contract_id AND nss.district_id = cd.district_id)"
                           + ") x"
                           + " JOIN " + table("contract") + " c ON c.contract_id = x.contract_id AND c.status IN (:live)"
                           + " JOIN " + table("sector") + " s ON s.sector_id = x.sector_id"
                           + " JOIN " + table("district") + " d ON d.district_id = s.district_id"
                           + " WHERE " + filter.where()
                           + " ORDER BY x.sector_id, c.contract_id",
                   filter.parameters().addValue("live", LIVE),
                   row -> {
                       covering.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                               .add(new CoveringContract(row.getString(2), row.getString(3), row.getString(4)));
                   });
        return covering;
    }

    /** Districts a live contract names, for districts without sectors: naming one covers all of it. */
    private Set<String> namedDistricts(Filter filter) {
        return new HashSet<>(jdbc.query(
                "SELECT DISTINCT cd.district_id FROM " + table("contract_district") + " cd JOIN " + table("contract")
                        + " c ON c.contract_id = cd.contract_id AND c.status IN (:live) JOIN " + table("district")
                        + " d ON d.district_id = cd.district_id WHERE " + filter.where(),
                filter.parameters().addValue("live", LIVE), (row, i) -> row.getString(1)));
    }

    private Map<String, Map<String, Long>> actionsBySector(Filter filter) {
        Map<String, Map<String, Long>> actions = new HashMap<>();
        jdbc.query("SELECT sa.sector_id, a.status, count(*) FROM " + table("action_sector") + " sa"
                           + " JOIN " + table("action") + " a ON a.contract_id = sa.contract_id"
                           + " AND a.action_id = sa.action_id"
                           + " JOIN " + table("contract") + " c ON c.contract_id = a.contract_id AND c.status IN (:live)"
                           + " JOIN " + table("sector") + " s ON s.sector_id = sa.sector_id"
                           + " JOIN " + table("district") + " d ON d.district_id = s.district_id"
                           + " WHERE " + filter.where()
                           + " GROUP BY sa.sector_id, a.status",
                   filter.parameters().addValue("live", LIVE),
                   row -> {
                       actions.computeIfAbsent(row.getString(1), id -> byStatus()).put(row.getString(2), row.getLong(3));
                   });
        return actions;
    }

    private static Flags.Flag notCovered(ProximityPolicing proximity, int uncovered) {
        String gap = uncovered > 0
                ? uncovered + " secteur(s) non couvert(s) par un contrat signé ou en préparation"
                : "aucun secteur défini et aucun contrat signé ou en préparation ne la couvre";
        return new Flags.Flag(Flags.SECTORS_NOT_COVERED, "Police de proximité déployée depuis le "
                                                         + proximity.startedOn() + " : " + gap);
    }

    /** Every status, at zero: a table reads the same whatever happened. */
    private static Map<String, Long> byStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status.name(), 0L);
        }
        return counts;
    }

    private String table(String name) {
        return schema + ".territory_" + name;
    }

    private static List<String> quartiers(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable quartiers " + json, e);
        }
    }

    private record SectorRow(String sectorId, String name, List<String> quartiers, long population) {
    }

    /**
     * Which districts or contracts a read is about, as a condition on the table of that alias. Its parameters
     * are copied for each query, which adds its own.
     */
    private record Filter(String condition, MapSqlParameterSource source) {

        /** Rows of the table aliased {@code alias} in these départements (all when empty). */
        static Filter of(String alias, Optional<Set<String>> departements) {
            if (departements.isEmpty()) {
                return new Filter("1 = 1", new MapSqlParameterSource());
            }
            // an empty scope reads nothing rather than everything
            Set<String> codes = departements.get();
            return new Filter(alias + ".departement IN (:departements)",
                              new MapSqlParameterSource("departements", codes.isEmpty() ? List.of("-") : codes));
        }

        String where() {
            return condition;
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource(source.getValues());
        }
    }
}
