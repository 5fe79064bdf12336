package fr.interieur.cls.query.testing;

import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Table;

import java.util.Arrays;
import java.util.List;

/**
 * Several projections fed the same events in one harness schema (every projection's tables exist in it), for
 * reads that combine projections, as dashboards do. Axon takes a list of handlers as several handlers.
 */
public record CombinedProjection(List<Projection> projections) implements Projection {

    public static CombinedProjection of(Projection... projections) {
        return new CombinedProjection(Arrays.asList(projections));
    }

    @Override
    public String name() {
        return "combined";
    }

    @Override
    public List<Table> tables() {
        return projections.stream().flatMap(projection -> projection.tables().stream()).toList();
    }

    @Override
    public Object handler(ProjectionContext context) {
        return projections.stream().map(projection -> projection.handler(context)).toList();
    }
}
