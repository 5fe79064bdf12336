-- Query-side instances alive, so that they share each processor's segments fairly: each reconcile says "still
-- here", and an instance holding more than its share releases segments for the others to claim.
CREATE TABLE query.instance_heartbeat (
    node_id VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
