package fr.interieur.cls.query.report;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The forms a report comes in, chosen by the {@code Accept} header as HTTP means it (RFC 9110 §12.5.1): each
 * form takes the quality of the most specific range that matches it, the highest quality wins, and JSON, then
 * HTML, then CSV on a tie. No header, or {@code *}{@code /*}, is JSON; a browser's usual header is HTML.
 */
enum ReportFormat {

    JSON(MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON),
    HTML(MediaType.TEXT_HTML, new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)),
    CSV(MediaType.parseMediaType("text/csv"), new MediaType("text", "csv", StandardCharsets.UTF_8));

    static final List<MediaType> OFFERED = List.of(JSON.type, HTML.type, CSV.type);

    private final MediaType type;
    private final MediaType contentType;

    ReportFormat(MediaType type, MediaType contentType) {
        this.type = type;
        this.contentType = contentType;
    }

    MediaType contentType() {
        return contentType;
    }

    /** The form to answer in, or none when the client accepts none of them (or sends a header that means nothing). */
    static Optional<ReportFormat> negotiate(List<String> acceptHeaders) {
        List<MediaType> accepted;
        try {
            accepted = acceptHeaders == null ? List.of()
                    : MediaType.parseMediaTypes(acceptHeaders.stream().filter(h -> !h.isBlank()).toList());
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        ReportFormat best = null;
        double bestQuality = 0;
        for (ReportFormat format : values()) {
            double quality = quality(format.type, accepted);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(MediaType offered, List<MediaType> accepted) {
        MediaType match = null;
        for (MediaType range : accepted) {
            if (range.includes(offered) && (match == null || specificity(range) > specificity(match))) {
                match = range;
            }
        }
        return match == null ? 0 : match.getQualityValue();
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }
}
