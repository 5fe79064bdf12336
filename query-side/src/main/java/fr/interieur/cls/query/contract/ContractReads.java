package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.query.infrastructure.projection.ProjectionJson;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads of the contracts projection's active slot: plain SQL, the stored JSON, and flags computed for today. */
@Component
public class ContractReads {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionManager projections;
    private final Flags flags;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    public ContractReads(NamedParameterJdbcTemplate jdbc, ProjectionManager projections, FlagSettings settings,
                         ProjectionJson projectionJson, Clock clock,
                         fr.interieur.cls.query.infrastructure.QuerySideProperties properties) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.flags = new Flags(settings);
        this.json = projectionJson.mapper();
        this.clock = clock;
        this.zone = properties.zone();
    }

    private String schema() {
        return projections.activeSlot(ContractsProjection.NAME).schema();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Summaries with their flags, by contract id; narrowed by départements, status and flag. */
    public PageRequest.Page<ObjectNode> list(Optional<Set<String>> departements, String status, String flag,
                                             PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        departements.ifPresent(codes -> {
            where.append(" AND departement IN (:departements)");
            parameters.addValue("departements", codes.isEmpty() ? List.of("-") : codes);
        });
        if (status != null) {
            where.append(" AND status = :status");
            parameters.addValue("status", status);
        }
        if (page.after() != null) {
            where.append(" AND contract_id > :after");
            parameters.addValue("after", page.after());
        }
        // with a flag filter, flags are computed for every candidate: contracts number in hundreds per country
        String limit = flag == null ? " LIMIT " + (page.limit() + 1) : "";
        List<Candidate> candidates = jdbc.query("SELECT " + ContractFacts.COLUMNS + ", summary FROM " + schema()
                                                        + ".contracts_contract" + where + " ORDER BY contract_id" + limit,
                                                parameters,
                                                (row, i) -> new Candidate(ContractFacts.of(row), row.getString("summary")));
        Map<String, LocalDate> proximity = proximityStarts();
        LocalDate today = today();
        List<ObjectNode> items = new ArrayList<>();
        String next = null;
        for (Candidate candidate : candidates) {
            List<String> codes = flags.codes(candidate.facts(), proximity, today);
            if (flag != null && !codes.contains(flag)) {
                continue;
            }
            if (items.size() == page.limit()) {
                next = PageRequest.cursor(items.get(items.size() - 1).path("id").asText());
                break;
            }
            ObjectNode item = parse(candidate.summary());
            item.putPOJO("flags", codes);
            items.add(item);
        }
        return new PageRequest.Page<>(items, next);
    }

    /** The detail of a contract: its document with flags and what they mean. */
    public Optional<ObjectNode> detail(String contractId) {
        List<ObjectNode> found = jdbc.query("SELECT " + ContractFacts.COLUMNS + ", document FROM " + schema()
                                                    + ".contracts_contract WHERE contract_id = :id",
                                            Map.of("id", contractId), (row, i) -> {
                    ContractFacts facts = ContractFacts.of(row);
                    ObjectNode document = parse(row.getString("document"));
                    List<Flags.Flag> raised = flags.of(facts, proximityStarts(), today());
                    document.putPOJO("flags", raised.stream().map(Flags.Flag::code).toList());
                    document.putPOJO("flagDetails", raised);
                    document.putPOJO("actionsByStatus", document.path("actions").isArray()
                            ? countByStatus(document) : Map.of());
                    return document;
                });
        return found.stream().findFirst();
    }

    public Optional<String> departementOf(String contractId) {
        return jdbc.query("SELECT departement FROM " + schema() + ".contracts_contract WHERE contract_id = :id",
                          Map.of("id", contractId), (row, i) -> row.getString(1)).stream().findFirst();
    }

    /** When community policing started in each district that has it. */
    public Map<String, LocalDate> proximityStarts() {
        return proximityStarts(jdbc, schema());
    }

    /** {@link #proximityStarts()} in a given slot schema, for reads that combine projections. */
    public static Map<String, LocalDate> proximityStarts(NamedParameterJdbcTemplate jdbc, String schema) {
        Map<String, LocalDate> starts = new HashMap<>();
        jdbc.query("SELECT district_id, proximity_started_on FROM " + schema + ".contracts_district "
                           + "WHERE proximity_started_on IS NOT NULL",
                   row -> {
                       starts.put(row.getString(1), row.getDate(2).toLocalDate());
                   });
        return starts;
    }

    /** Facts of every contract of these départements (all when empty), for dashboards. */
    public List<ContractFacts> facts(Optional<Set<String>> departements) {
        return facts(jdbc, schema(), departements);
    }

    /** {@link #facts(Optional)} in a given slot schema, for reads that combine projections. */
    public static List<ContractFacts> facts(NamedParameterJdbcTemplate jdbc, String schema,
                                            Optional<Set<String>> departements) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = "";
        if (departements.isPresent()) {
            where = " WHERE departement IN (:departements)";
            parameters.addValue("departements", departements.get().isEmpty() ? List.of("-") : departements.get());
        }
        return jdbc.query("SELECT " + ContractFacts.COLUMNS + " FROM " + schema + ".contracts_contract" + where,
                          parameters, (row, i) -> ContractFacts.of(row));
    }

    public Flags flags() {
        return flags;
    }

    private static Map<String, Long> countByStatus(ObjectNode document) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String status : List.of("PLANNED", "IN_PROGRESS", "COMPLETED", "ABANDONED")) {
            long n = 0;
            for (var action : document.path("actions")) {
                if (status.equals(action.path("status").asText())) {
                    n++;
                }
            }
            counts.put(status, n);
        }
        return counts;
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable contract JSON", e);
        }
    }

    private record Candidate(ContractFacts facts, String summary) {
    }
}
