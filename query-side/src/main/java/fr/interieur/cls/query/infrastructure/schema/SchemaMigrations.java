package fr.interieur.cls.query.infrastructure.schema;

import fr.interieur.cls.query.infrastructure.projection.Slot;
import fr.interieur.cls.eventstore.SqlDialect;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Brings the database up to date before anything reads it: the event store (shared with the command side, which
 * may not have started yet), the query side's own tables in schema {@code query}, and the projection tables,
 * once in each slot schema.
 */
@Component("schemaMigrations")
public class SchemaMigrations {

    public SchemaMigrations(DataSource dataSource) {
        Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/eventstore/" + SqlDialect.of(dataSource).migrationFolder())
              .table("eventstore_schema_history")
              .load()
              .migrate();
        Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/query")
              .schemas("query")
              .createSchemas(true)
              .table("query_schema_history")
              .load()
              .migrate();
        for (Slot slot : Slot.values()) {
            Flyway.configure()
                  .dataSource(dataSource)
                  .locations("classpath:db/projection")
                  .schemas(slot.schema())
                  .createSchemas(true)
                  .table("projection_schema_history")
                  .load()
                  .migrate();
        }
    }
}
