package io.holdslayer.tests.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code multipart/form-data} request body by field name, as a test server reads them. */
final class FormParts {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*?;\\s*name=\"([^\"]*)\"");

    private FormParts() {
    }

    static Map<String, byte[]> parse(byte[] body, Map<String, List<String>> headers) {
        String contentType = headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(h -> h.getValue().get(0)).findFirst().orElse("");
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!contentType.startsWith("multipart/form-data") || !boundary.find()) {
            throw new IllegalArgumentException("not multipart/form-data: " + contentType);
        }
        // ISO-8859-1 maps each byte to one char, so binary parts survive the round trip
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int start = text.indexOf(delimiter);
        while (start >= 0 && !text.startsWith("--", start + delimiter.length())) {
            int headersStart = start + delimiter.length() + 2;
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("a part is not closed by the boundary");
            }
            Matcher name = NAME.matcher(text.substring(headersStart, headersEnd));
            if (name.find()) {
                parts.put(name.group(1), text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1));
            }
            start = next + 2;
        }
        return parts;
    }
}
