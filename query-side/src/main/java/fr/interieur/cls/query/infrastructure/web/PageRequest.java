package fr.interieur.cls.query.infrastructure.web;

import fr.interieur.cls.web.BadRequestParameter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code limit} (default 50, at most 500) and the opaque {@code cursor} of list reads; the cursor carries the key
 * of the last item returned.
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final String PREFIX = "cls1:";

    public static PageRequest of(String limit, String cursor) {
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestParameter("limit", "limit must be a number from 1 to " + MAX_LIMIT);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw new BadRequestParameter("limit", "limit must be a number from 1 to " + MAX_LIMIT);
            }
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    public static String cursor(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                     .encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || text.length() > 300) {
                throw new IllegalArgumentException();
            }
            return text.substring(PREFIX.length());
        } catch (IllegalArgumentException e) {
            throw new BadRequestParameter("cursor", "cursor is not one this service gave");
        }
    }

    /** The answer of a list read. */
    public record Page<T>(List<T> items, String nextCursor) {
    }
}
