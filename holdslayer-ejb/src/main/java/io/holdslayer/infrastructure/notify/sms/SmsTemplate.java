package io.holdslayer.infrastructure.notify.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {to}}, {@code {text}}, {@code {number}}, {@code {callId}} and {@code {event}} into a template,
 * each value encoded for where it lands: URL-encoded in form bodies and URLs, escaped inside a JSON string in
 * JSON bodies, as is otherwise. Unknown placeholders are left alone.
 */
public final class SmsTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(to|text|number|callId|event)}");

    private SmsTemplate() {
    }

    public static String body(String template, String contentType, Map<String, String> values) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("json")) {
            return fill(template, values, SmsTemplate::jsonEscaped);
        }
        if (type.contains("x-www-form-urlencoded")) {
            return fill(template, values, SmsTemplate::urlEncoded);
        }
        return fill(template, values, UnaryOperator.identity());
    }

    public static String url(String template, Map<String, String> values) {
        return fill(template, values, SmsTemplate::urlEncoded);
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> encode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(encode.apply(values.getOrDefault(m.group(1), ""))));
        }
        return m.appendTail(out).toString();
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The inside of a JSON string (the template supplies the quotes). */
    static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
