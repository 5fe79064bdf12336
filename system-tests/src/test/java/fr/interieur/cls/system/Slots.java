package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;

/** Reading projection tables of both slots straight from PostgreSQL, to compare them. */
final class Slots {

    static final List<String> TABLES = List.of("contracts_contract", "contracts_action", "contracts_district",
                                               "territory_district", "territory_sector", "territory_contract",
                                               "territory_contract_district", "territory_contract_sector",
                                               "territory_action", "territory_action_sector", "timeline_entry",
                                               "timeline_aggregate", "timeline_partner", "timeline_action");

    private Slots() {
    }

    static JdbcTemplate jdbc() {
        TestDatabase database = TestDatabase.get();
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }

    /** Rows of one slot's table that the other slot's table does not hold. */
    static long difference(JdbcTemplate jdbc, String table) {
        Long left = jdbc.queryForObject("SELECT count(*) FROM (SELECT * FROM query_a." + table + " EXCEPT SELECT * FROM query_b."
                                                + table + ") d", Long.class);
        Long right = jdbc.queryForObject("SELECT count(*) FROM (SELECT * FROM query_b." + table + " EXCEPT SELECT * FROM query_a."
                                                 + table + ") d", Long.class);
        return left + right;
    }

    static long count(JdbcTemplate jdbc, String schema, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + schema + "." + table, Long.class);
    }
}
