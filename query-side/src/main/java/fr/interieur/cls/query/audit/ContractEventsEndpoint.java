package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A contract's raw events, as stored: for auditors under {@code /audit}, and for inspection missions (and a
 * préfecture, for its own départements) as an export. JSON pages by default; with
 * {@code Accept: application/x-ndjson}, every event, one JSON object per line, written as the database streams
 * them (nothing is held in memory, whatever the contract's length).
 */
@RestController
class ContractEventsEndpoint {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    /** Lines written between flushes: the client sees the export come, the network sees few small packets. */
    private static final int FLUSH_EVERY = 256;

    private final EventLog log;
    private final ReadAccess access;
    private final ReadConsistency consistency;
    private final ObjectWriter writer;
    private final ObjectMapper mapper;

    ContractEventsEndpoint(EventLog log, ReadAccess access, ReadConsistency consistency, ObjectMapper mapper) {
        this.log = log;
        this.access = access;
        this.consistency = consistency;
        this.mapper = mapper;
        this.writer = mapper.writerFor(EventView.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @GetMapping("/api/v1/audit/contracts/{contractId}/events")
    PageRequest.Page<EventView> audit(@PathVariable String contractId,
                                      @RequestParam(required = false) String limit,
                                      @RequestParam(required = false) String cursor,
                                      @RequestParam(required = false) Long minPosition,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      HttpServletResponse response) throws IOException {
        PageRequest page = PageRequest.of(limit, cursor);
        consistency.awaitLog(minPosition);
        EventLog.Contract contract = contract(contractId);
        return answer(contract, page, accept, response);
    }

    @GetMapping("/api/v1/contracts/{contractId}/events")
    PageRequest.Page<EventView> export(@PathVariable String contractId,
                                       @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String cursor,
                                       @RequestParam(required = false) Long minPosition,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       HttpServletResponse response) throws IOException {
        PageRequest page = PageRequest.of(limit, cursor);
        consistency.awaitLog(minPosition);
        EventLog.Contract contract = contract(contractId);
        if (contract.departement() == null) {
            // a contract whose drafting is not in the store: no département to check a préfecture against
            access.requireNational("the events of a contract of unknown département");
        } else {
            access.requireDepartement(contract.departement());
        }
        return answer(contract, page, accept, response);
    }

    private EventLog.Contract contract(String contractId) {
        return log.contract(contractId).orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
    }

    /** A page, or (for NDJSON, written here) nothing left for Spring to write. */
    private PageRequest.Page<EventView> answer(EventLog.Contract contract, PageRequest page, String accept,
                                               HttpServletResponse response) throws IOException {
        if (!wantsNdjson(accept)) {
            return log.page(contract.id(), page);
        }
        response.setContentType(NDJSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (JsonGenerator generator = mapper.getFactory().createGenerator(response.getOutputStream())) {
            // one value per line, nothing between them but the line ends written here
            generator.setRootValueSeparator(null);
            int[] lines = {0};
            log.stream(contract.id(), event -> {
                try {
                    writer.writeValue(generator, EventView.of(event));
                    generator.writeRaw('\n');
                    if (++lines[0] % FLUSH_EVERY == 0) {
                        generator.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return null;
    }

    /** NDJSON when the client names it among what it accepts; JSON otherwise (browsers, curl's default). */
    private static boolean wantsNdjson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(type -> type.getQualityValue() > 0 && type.isConcrete()
                                              && NDJSON.equalsTypeAndSubtype(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
