package fr.interieur.cls.query.admin;

import fr.interieur.cls.query.infrastructure.projection.DeadLetters;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import fr.interieur.cls.query.infrastructure.projection.ProjectionStatus;
import fr.interieur.cls.query.infrastructure.projection.UnknownDeadLetter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** What admins do to the read side: watch projections, rebuild one, look at dead letters and retry them. */
@RestController
class AdminEndpoint {

    private final ProjectionManager projections;
    private final DeadLetters deadLetters;

    AdminEndpoint(ProjectionManager projections, DeadLetters deadLetters) {
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/v1/admin/projections")
    List<ProjectionStatus> projections() {
        return projections.statuses();
    }

    /** Starts the rebuild and answers at once (202); reads keep using the current tables until it caught up. */
    @PostMapping("/api/v1/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        projections.rebuild(name);
        ProjectionStatus status = projections.statuses().stream().filter(s -> s.name().equals(name)).findFirst()
                                             .orElseThrow();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status);
    }

    @GetMapping("/api/v1/admin/dead-letters")
    Map<String, List<DeadLetters.Letter>> deadLetters() {
        return Map.of("items", deadLetters.list());
    }

    /** Drops a letter an admin judged unrecoverable; what queued behind it can then be retried. */
    @DeleteMapping("/api/v1/admin/dead-letters/{id}")
    ResponseEntity<Void> evict(@PathVariable String id) {
        deadLetters.evict(id);
        return ResponseEntity.noContent().build();
    }

    /** Retries the letter's whole sequence with the code that runs now. */
    @PostMapping("/api/v1/admin/dead-letters/{id}/retry")
    Map<String, Object> retry(@PathVariable String id) {
        boolean succeeded = deadLetters.retry(id);
        if (succeeded) {
            return Map.of("id", id, "succeeded", true);
        }
        DeadLetters.Letter letter = deadLetters.find(id).orElseThrow(() -> new UnknownDeadLetter(id));
        return Map.of("id", id, "succeeded", false, "attempts", letter.attempts(),
                      "cause", letter.cause() == null ? "" : letter.cause());
    }
}
