package fr.interieur.cls.command.infrastructure.schema;

import fr.interieur.cls.eventstore.SqlDialect;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Brings the database up to date before anything touches it: first the event store (shared with the query side,
 * its own history table), then the command side's own tables in schema {@code command}.
 */
@Component("schemaMigrations")
public class SchemaMigrations {

    public SchemaMigrations(DataSource dataSource) {
        Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/eventstore/" + SqlDialect.of(dataSource).migrationFolder())
              .table("eventstore_schema_history")
              .baselineOnMigrate(false)
              .load()
              .migrate();
        Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/command")
              .schemas("command")
              .createSchemas(true)
              .table("command_schema_history")
              .load()
              .migrate();
    }
}
