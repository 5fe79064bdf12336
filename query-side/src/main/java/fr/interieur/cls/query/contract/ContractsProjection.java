package fr.interieur.cls.query.contract;

import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Table;
import org.springframework.stereotype.Component;

import java.util.List;

/** Contract summaries and details, with the facts flags and dashboards count on. */
@Component
public class ContractsProjection implements Projection {

    public static final String NAME = "contracts";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Table> tables() {
        return ContractTables.ALL;
    }

    @Override
    public Object handler(ProjectionContext context) {
        return new ContractsProjector(context);
    }
}
