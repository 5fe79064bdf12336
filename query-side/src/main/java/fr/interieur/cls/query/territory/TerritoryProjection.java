package fr.interieur.cls.query.territory;

import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Table;
import org.springframework.stereotype.Component;

import java.util.List;

/** Districts, sectors and what contracts and their actions cover: the sector status and coverage gaps. */
@Component
public class TerritoryProjection implements Projection {

    public static final String NAME = "territory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Table> tables() {
        return TerritoryTables.ALL;
    }

    @Override
    public Object handler(ProjectionContext context) {
        return new TerritoryProjector(context);
    }
}
