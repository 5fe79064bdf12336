package fr.interieur.cls.query.infrastructure.projection;

import java.util.List;

/**
 * A read model kept by its own Axon pooled streaming processor, in tables that exist once per slot schema: the
 * processor of the active slot keeps them live, a rebuild fills the other slot and then reads switch over.
 */
public interface Projection {

    /** Stable name, used in processor names ({@code name@a}), admin URLs and metrics. */
    String name();

    /** Every table it writes; a rebuild empties them in the slot being rebuilt. */
    List<Table> tables();

    /** A new event handler (Axon {@code @EventHandler} methods) writing through this context. */
    Object handler(ProjectionContext context);
}
