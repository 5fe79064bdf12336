package fr.interieur.cls.query.audit;

import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.web.BadRequestParameter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * The digests of the log in {@code query.audit_digest}: taken for the day before by the scheduler, or now on
 * demand, listed, and checked again against the store. Taking one verifies the chains up to its position and
 * recomputes their heads in the same pass.
 */
@Component
class Digests {

    static final String DAILY = "daily";
    static final String ON_DEMAND = "on-demand";

    private static final String COLUMNS = "day, position, chains, events, digest, verified, reason, kind, taken_at, "
                                          + "taken_by";

    private final JdbcTemplate jdbc;
    private final ChainVerifier verifier;
    private final Clock clock;
    private final ZoneId zone;

    Digests(JdbcTemplate jdbc, ChainVerifier verifier, Clock clock, QuerySideProperties properties) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** A digest taken, and whether it is new (the same day and position give the same one). */
    record Taken(DigestRecord digest, boolean created) {
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A digest of the log as it is now, for today. */
    Taken takeNow(String takenBy) {
        return take(today(), sql(verifier::head), ON_DEMAND, takenBy);
    }

    /**
     * The digest of a day: the log up to the last event recorded before the day ended. Taken once: an instance
     * that finds it there (or that loses the race to insert it) leaves it as it is.
     */
    Taken takeDaily(LocalDate day) {
        String end = formatInstant(day.plusDays(1).atStartOfDay(zone).toInstant());
        // the stored time is text of fixed shape (three decimals, UTC), whose order is the order of time
        Long last = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE time_stamp < ?",
                                        Long.class, end);
        long position = last == null ? 0 : last;
        return find(day, position).map(existing -> new Taken(existing, false))
                                  .orElseGet(() -> take(day, position, DAILY, "scheduler"));
    }

    private Taken take(LocalDate day, long position, String kind, String takenBy) {
        Optional<DigestRecord> existing = find(day, position);
        if (existing.isPresent()) {
            return new Taken(existing.get(), false);
        }
        ChainVerifier.Pass pass = sql(() -> verifier.pass(null, position, true));
        Verification verification = pass.verification();
        DigestRecord digest = new DigestRecord(day, position, verification.chains(), verification.events(),
                                               LogDigest.of(position, pass.heads()), LogDigest.VERSION,
                                               verification.verified(), describe(verification), kind,
                                               clock.instant(), takenBy);
        try {
            jdbc.update("INSERT INTO query.audit_digest (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        java.sql.Date.valueOf(day), position, digest.chains(), digest.events(), digest.digest(),
                        digest.verified(), digest.reason(), kind, digest.takenAt().toString(), takenBy);
            return new Taken(digest, true);
        } catch (DuplicateKeyException e) {
            // another instance took the same digest meanwhile
            return new Taken(find(day, position).orElseThrow(() -> e), false);
        }
    }

    private static String describe(Verification verification) {
        if (verification.verified()) {
            return null;
        }
        BrokenLink link = verification.firstBrokenAt();
        String text = "first broken: " + link.aggregateId() + " sequence " + link.sequence() + " (position "
                      + link.position() + "): " + verification.reason();
        return text.length() > 1024 ? text.substring(0, 1021) + "..." : text;
    }

    /** Newest first. The cursor carries the day and position of the last digest given. */
    PageRequest.Page<DigestRecord> list(PageRequest page) {
        List<DigestRecord> digests;
        if (page.after() == null) {
            digests = jdbc.query("SELECT " + COLUMNS + " FROM query.audit_digest ORDER BY day DESC, position DESC "
                                 + "LIMIT " + (page.limit() + 1), ROW);
        } else {
            String[] key = page.after().split("/");
            LocalDate day;
            long position;
            try {
                day = LocalDate.parse(key[0]);
                position = Long.parseLong(key[1]);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new BadRequestParameter("cursor", "cursor is not one this service gave");
            }
            digests = jdbc.query("SELECT " + COLUMNS + " FROM query.audit_digest WHERE day < ? OR (day = ? AND "
                                 + "position < ?) ORDER BY day DESC, position DESC LIMIT " + (page.limit() + 1), ROW,
                                 java.sql.Date.valueOf(day), java.sql.Date.valueOf(day), position);
        }
        String next = null;
        if (digests.size() > page.limit()) {
            digests = digests.subList(0, page.limit());
            DigestRecord last = digests.get(digests.size() - 1);
            next = PageRequest.cursor(last.day() + "/" + last.position());
        }
        return new PageRequest.Page<>(digests, next);
    }

    /** The digest of a day at that position, or its latest when no position is given. */
    Optional<DigestRecord> find(LocalDate day, Long position) {
        List<DigestRecord> found = position == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM query.audit_digest WHERE day = ? ORDER BY position DESC "
                             + "LIMIT 1", ROW, java.sql.Date.valueOf(day))
                : jdbc.query("SELECT " + COLUMNS + " FROM query.audit_digest WHERE day = ? AND position = ?", ROW,
                             java.sql.Date.valueOf(day), position);
        return found.stream().findFirst();
    }

    /** The digest recomputed from the store as it is now, up to the digest's position. */
    DigestCheck check(DigestRecord digest) {
        ChainVerifier.Pass pass = sql(() -> verifier.pass(null, digest.position(), true));
        Verification verification = pass.verification();
        String recomputed = LogDigest.of(digest.position(), pass.heads());
        return new DigestCheck(digest.day(), digest.position(), digest.digest(), recomputed,
                               recomputed.equals(digest.digest()), verification.verified(), verification.events(),
                               verification.chains(), verification.firstBrokenAt(), verification.reason());
    }

    /** Verification of chains, with the database's errors as Spring's (a database down is a 503). */
    Verification verify(String aggregateId) {
        return sql(() -> aggregateId == null ? verifier.all() : verifier.aggregate(aggregateId));
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("verifying the event store's chains", null, e);
        }
    }

    private static final RowMapper<DigestRecord> ROW = (row, i) -> new DigestRecord(
            row.getDate("day").toLocalDate(), row.getLong("position"), row.getLong("chains"), row.getLong("events"),
            row.getString("digest").strip(), LogDigest.VERSION, row.getBoolean("verified"), row.getString("reason"),
            row.getString("kind"), Instant.parse(row.getString("taken_at")), row.getString("taken_by"));
}
