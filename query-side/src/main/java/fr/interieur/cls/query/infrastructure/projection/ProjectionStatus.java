package fr.interieur.cls.query.infrastructure.projection;

/**
 * What {@code GET /admin/projections} shows of a projection: the slot reads use, the position it has processed,
 * its lag in events and milliseconds, and whether (and how far) a rebuild is under way.
 */
public record ProjectionStatus(String name, String activeSlot, long position, long lagEvents, long lagMs,
                               String status, String rebuildSlot, Long rebuildPosition) {
}
