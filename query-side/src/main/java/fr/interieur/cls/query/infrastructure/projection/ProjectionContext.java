package fr.interieur.cls.query.infrastructure.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.eventstore.SqlDialect;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a projection's event handler writes through, bound to one slot schema: the {@link Rows} of the batch
 * being processed, flushed when the batch commits.
 */
public final class ProjectionContext {

    private final String schema;
    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final ObjectMapper json;
    private final String resourceKey;

    public ProjectionContext(String schema, JdbcTemplate jdbc, SqlDialect dialect, ObjectMapper json) {
        this.schema = schema;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.json = json;
        this.resourceKey = "cls.rows." + schema;
    }

    /** The mapper of projection documents. */
    public ObjectMapper json() {
        return json;
    }

    public String schema() {
        return schema;
    }

    /** The rows of the current batch; created with the batch and written when it commits. */
    public Rows rows() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resourceKey, key -> {
            Rows rows = new Rows(jdbc, schema, dialect, json);
            root.onPrepareCommit(unitOfWork -> rows.flush());
            return rows;
        });
    }
}
