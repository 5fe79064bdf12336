package fr.interieur.cls.command.infrastructure.web;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Free text in a header ({@code X-Reason}). Headers travel as ISO-8859-1, and French reasons have accents: a
 * client may send UTF-8 bytes as they are (read back here as UTF-8) or percent-encode them
 * ({@code Signature%20en%20pr%C3%A9sence}).
 */
final class HeaderText {

    private static final Pattern PERCENT_ENCODED = Pattern.compile(".*%[0-9A-Fa-f]{2}.*");

    private HeaderText() {
    }

    static String decode(String raw) {
        String text = utf8Bytes(raw);
        if (PERCENT_ENCODED.matcher(text).matches()) {
            try {
                text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                // a lone '%' in plain text
            }
        }
        return text;
    }

    /** The header's bytes read as UTF-8 when they are valid UTF-8, as they were meant. */
    private static String utf8Bytes(String raw) {
        if (raw.chars().allMatch(c -> c < 0x80)) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                                                       .onMalformedInput(CodingErrorAction.REPORT)
                                                       .onUnmappableCharacter(CodingErrorAction.REPORT)
                                                       .decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException latin1) {
            return raw;
        }
    }
}
