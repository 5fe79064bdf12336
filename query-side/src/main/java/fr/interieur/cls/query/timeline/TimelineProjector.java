package fr.interieur.cls.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventCatalog;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Row;
import fr.interieur.cls.query.infrastructure.projection.Rows;
import fr.interieur.cls.query.timeline.Sentences.Action;
import fr.interieur.cls.query.timeline.Sentences.Indicator;
import fr.interieur.cls.query.timeline.Sentences.Partner;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts every event on the timeline under its global position, with the sentence that tells it. What the
 * sentences need from earlier events of the same aggregate (département, communes, partners, actions) is kept
 * in per-aggregate rows, so that parallel segments never write the same row. An event at or below the last
 * sequence of its aggregate on the timeline is already there: the same event twice changes nothing. An event
 * of an aggregate whose first event was never seen still gets its entry, without département, and with
 * identifiers where names are unknown.
 */
class TimelineProjector {

    private static final TypeReference<Map<String, String>> COMMUNES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Indicator>> INDICATORS = new TypeReference<>() {
    };

    private final ProjectionContext context;

    TimelineProjector(ProjectionContext context) {
        this.context = context;
    }

    @EventHandler
    void on(DomainEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt, TrackingToken token,
            MetaData metaData) {
        EventCatalog.Entry type = EventCatalog.forClass(event.getClass())
                                              .orElseThrow(() -> new IllegalStateException(
                                                      event.getClass().getName() + " is not in the event catalog"));
        long position = token == null ? -1 : token.position().orElse(-1);
        if (position < 0) {
            throw new IllegalStateException("event " + sequence + " of " + event.aggregateId()
                                            + " came without a global position");
        }
        Rows rows = context.rows();
        Optional<Row> known = rows.find(TimelineTables.AGGREGATE, type.aggregateType(), event.aggregateId());
        if (known.isPresent() && known.get().longValue("last_sequence") >= sequence) {
            return;
        }
        Aggregate aggregate = known.map(this::aggregate).orElseGet(Aggregate::new);
        Lookups lookups = new Lookups(rows, event, aggregate);

        // everything is worked out before the first write: a failure leaves the batch's rows untouched
        String summary = Sentences.of(event, lookups);
        String theme = switch (event) {
            case ActionAdded added -> added.theme().name();
            case ActionProgressRecorded progress ->
                    lookups.action(progress.actionId().value()).map(action -> action.theme().name()).orElse(null);
            default -> null;
        };
        aggregate.learn(event);
        Row entry = new Row().set("position", position)
                             .set("aggregate_type", type.aggregateType())
                             .set("aggregate_id", event.aggregateId())
                             .set("sequence_number", sequence)
                             .set("departement", aggregate.departement)
                             .set("theme", theme)
                             .set("occurred_at", occurredAt)
                             .set("effective_on", EffectiveDates.of(event))
                             .set("type", type.name())
                             .set("actor", text(metaData, "actor"))
                             .set("actor_name", text(metaData, "actorName"))
                             .set("reason", text(metaData, "reason"))
                             .set("correlation_id", text(metaData, "correlationId"))
                             .set("summary", summary);

        rows.put(TimelineTables.ENTRY, entry);
        rows.put(TimelineTables.AGGREGATE, new Row().set("aggregate_type", type.aggregateType())
                                                    .set("aggregate_id", event.aggregateId())
                                                    .set("departement", aggregate.departement)
                                                    .set("name", aggregate.name)
                                                    .set("communes", aggregate.communes)
                                                    .set("last_sequence", sequence));
        if (event instanceof PartnerJoined joined) {
            rows.put(TimelineTables.PARTNER, new Row().set("contract_id", joined.contractId().value())
                                                      .set("partner_id", joined.partnerId().value())
                                                      .set("name", joined.name())
                                                      .set("category", joined.category().name())
                                                      .set("commune_code", joined.communeCode() == null ? null
                                                              : joined.communeCode().value()));
        }
        if (event instanceof ActionAdded added) {
            Map<String, Indicator> indicators = new LinkedHashMap<>();
            added.indicators().forEach(indicator -> indicators.put(
                    indicator.indicatorId().value(), new Indicator(indicator.name(), indicator.unit())));
            rows.put(TimelineTables.ACTION, new Row().set("contract_id", added.contractId().value())
                                                     .set("action_id", added.actionId().value())
                                                     .set("title", added.title())
                                                     .set("theme", added.theme().name())
                                                     .set("indicators", indicators));
        }
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private Aggregate aggregate(Row row) {
        Aggregate aggregate = new Aggregate();
        aggregate.departement = row.text("departement");
        aggregate.name = row.text("name");
        aggregate.communes.putAll(read(row.get("communes"), COMMUNES));
        return aggregate;
    }

    /** A JSON column: text when loaded, still the object when put earlier in the same batch. */
    @SuppressWarnings("unchecked")
    private <T> T read(Object value, TypeReference<T> type) {
        if (!(value instanceof String text)) {
            return (T) value;
        }
        try {
            return context.json().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable timeline lookup " + text, e);
        }
    }

    /** What the timeline keeps of a contract or district itself. */
    private static final class Aggregate {

        private String departement;
        private String name;
        private final Map<String, String> communes = new LinkedHashMap<>();

        void learn(DomainEvent event) {
            switch (event) {
                case ContractDrafted drafted -> {
                    departement = drafted.departement().value();
                    name = drafted.title();
                    remember(drafted.communes());
                }
                // names of communes stay after they leave the territory: a later sentence may still name them
                case ContractAmended amended -> remember(amended.addCommunes());
                case DistrictRegistered registered -> {
                    departement = registered.departement().value();
                    name = registered.name();
                    remember(registered.communes());
                }
                default -> {
                }
            }
        }

        private void remember(List<Commune> list) {
            list.forEach(commune -> communes.put(commune.code().value(), commune.name()));
        }
    }

    /** The names sentences use, from the rows of the event's own aggregate. */
    private final class Lookups implements Sentences.Known {

        private final Rows rows;
        private final String contractId;
        private final Aggregate aggregate;

        Lookups(Rows rows, DomainEvent event, Aggregate aggregate) {
            this.rows = rows;
            // partners and actions belong to contracts only
            this.contractId = event instanceof ContractEvent ? event.aggregateId() : null;
            this.aggregate = aggregate;
        }

        @Override
        public Optional<String> name() {
            return Optional.ofNullable(aggregate.name);
        }

        @Override
        public Optional<String> commune(String inseeCode) {
            return Optional.ofNullable(aggregate.communes.get(inseeCode));
        }

        @Override
        public Optional<Partner> partner(String partnerId) {
            if (contractId == null) {
                return Optional.empty();
            }
            return rows.find(TimelineTables.PARTNER, contractId, partnerId).map(row -> new Partner(
                    row.text("name"), PartnerCategory.valueOf(row.text("category")), row.text("commune_code")));
        }

        @Override
        public Optional<Action> action(String actionId) {
            if (contractId == null) {
                return Optional.empty();
            }
            return rows.find(TimelineTables.ACTION, contractId, actionId).map(row -> new Action(
                    row.text("title"), ActionTheme.valueOf(row.text("theme")),
                    read(row.get("indicators"), INDICATORS)));
        }
    }
}
