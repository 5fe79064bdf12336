package fr.interieur.cls.query.timeline;

import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Table;
import org.springframework.stereotype.Component;

import java.util.List;

/** Every event of every contract and district as a timeline entry with its sentence. */
@Component
class TimelineProjection implements Projection {

    static final String NAME = "timeline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Table> tables() {
        return TimelineTables.ALL;
    }

    @Override
    public Object handler(ProjectionContext context) {
        return new TimelineProjector(context);
    }
}
