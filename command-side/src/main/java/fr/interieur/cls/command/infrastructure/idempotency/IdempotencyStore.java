package fr.interieur.cls.command.infrastructure.idempotency;

import fr.interieur.cls.command.infrastructure.bus.BatchParticipant;
import fr.interieur.cls.command.infrastructure.bus.CommandOutcome;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL ({@code command.idempotency_key}), so a restart forgets none. The key is written
 * in the same transaction as the command's events: either both are there or neither. A request is looked up
 * before it is queued (the fast answer to a retry) and again inside the transaction (two retries racing).
 */
@Component
public class IdempotencyStore implements BatchParticipant {

    public static final String KEY = "idempotencyKey";
    public static final String REQUEST_HASH = "requestHash";
    public static final String SUCCESS_STATUS = "successStatus";

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored answer for this key if the request is the same; refuses a key reused for another request. */
    public Optional<StoredAnswer> answerFor(String key, String requestHash) {
        return jdbc.query("SELECT request_hash, status, aggregate_id, version, position FROM command.idempotency_key "
                                  + "WHERE idempotency_key = ?",
                          (row, i) -> {
                              if (!row.getString(1).equals(requestHash)) {
                                  throw new IdempotencyKeyReused(key);
                              }
                              return new StoredAnswer(row.getInt(2), row.getString(3), row.getLong(4), row.getLong(5));
                          }, key)
                   .stream().findFirst();
    }

    @Override
    public Optional<Object> answerWithoutRunning(CommandMessage<?> command) {
        MetaData metaData = command.getMetaData();
        Object key = metaData.get(KEY);
        if (key == null) {
            return Optional.empty();
        }
        try {
            return answerFor(key.toString(), String.valueOf(metaData.get(REQUEST_HASH))).map(answer -> answer);
        } catch (IdempotencyKeyReused reused) {
            return Optional.of(reused);
        }
    }

    @Override
    public void succeeded(CommandMessage<?> command, CommandOutcome outcome) {
        MetaData metaData = command.getMetaData();
        Object key = metaData.get(KEY);
        if (key == null) {
            return;
        }
        jdbc.update("INSERT INTO command.idempotency_key (idempotency_key, request_hash, status, aggregate_id, version, "
                            + "position) VALUES (?, ?, ?, ?, ?, ?)",
                    key.toString(), metaData.get(REQUEST_HASH), ((Number) metaData.get(SUCCESS_STATUS)).intValue(),
                    outcome.aggregateId(), outcome.version(), outcome.position());
    }
}
