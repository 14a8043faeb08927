package io.holdslayer.tests.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed and truncated SIP from valid templates: cut anywhere, bytes flipped, mandatory headers dropped or
 * doubled, start lines and numbers mangled, lengths that lie, binary junk. Seeded, so a failure repeats.
 */
final class SipFuzzer {

    private static final String[] MANDATORY = {"Via", "From", "To", "Call-ID", "CSeq", "Max-Forwards"};

    private final Random random;
    private final int gatewayPort;

    SipFuzzer(long seed, int gatewayPort) {
        this.random = new Random(seed);
        this.gatewayPort = gatewayPort;
    }

    byte[] next() {
        String template = template(random.nextInt(4));
        return switch (random.nextInt(10)) {
            case 0 -> truncate(template);
            case 1 -> flipBytes(template);
            case 2 -> dropHeader(template);
            case 3 -> duplicateHeader(template);
            case 4 -> mangleStartLine(template);
            case 5 -> mangleNumbers(template);
            case 6 -> lyingLength(template);
            case 7 -> junk();
            case 8 -> mangleUris(template);
            default -> truncate(flipBytesText(template));
        };
    }

    private String template(int kind) {
        String id = Long.toHexString(random.nextLong());
        String common = "Via: SIP/2.0/UDP 127.0.0.1:17990;rport;branch=z9hG4bK" + id + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:fuzz@127.0.0.1>;tag=" + id + "\r\n"
                + "Call-ID: fuzz-" + id + "@127.0.0.1\r\n";
        String sdp = "v=0\r\no=fuzz 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 17992 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        return switch (kind) {
            case 0 -> "INVITE sip:+15551234567@127.0.0.1:" + gatewayPort + " SIP/2.0\r\n" + common
                    + "To: <sip:+15551234567@127.0.0.1>\r\nCSeq: 1 INVITE\r\nContact: <sip:fuzz@127.0.0.1:17990>\r\n"
                    + "Content-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp;
            case 1 -> "REGISTER sip:127.0.0.1:" + gatewayPort + " SIP/2.0\r\n" + common
                    + "To: <sip:alice@127.0.0.1>\r\nCSeq: 1 REGISTER\r\nContact: <sip:alice@127.0.0.1:17990>\r\n"
                    + "Authorization: Digest username=\"alice\", realm=\"holdslayer\", nonce=\"x.y\", uri=\"sip:gw\", response=\"0\"\r\n"
                    + "Expires: 60\r\nContent-Length: 0\r\n\r\n";
            case 2 -> "BYE sip:holdslayer@127.0.0.1:" + gatewayPort + " SIP/2.0\r\n" + common
                    + "To: <sip:holdslayer@127.0.0.1>;tag=abc\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n";
            default -> "OPTIONS sip:127.0.0.1:" + gatewayPort + " SIP/2.0\r\n" + common
                    + "To: <sip:gw@127.0.0.1>\r\nCSeq: 1 OPTIONS\r\nAccept: application/sdp\r\nContent-Length: 0\r\n\r\n";
        };
    }

    private byte[] truncate(String message) {
        return bytes(message.substring(0, random.nextInt(Math.max(1, message.length()))));
    }

    private byte[] flipBytes(String message) {
        byte[] bytes = bytes(message);
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private String flipBytesText(String message) {
        char[] chars = message.toCharArray();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            chars[random.nextInt(chars.length)] = "<>;:\"@\r\n =,/\\%\u0000\u00ff".charAt(random.nextInt(16));
        }
        return new String(chars);
    }

    private byte[] dropHeader(String message) {
        String header = MANDATORY[random.nextInt(MANDATORY.length)];
        return bytes(message.replaceAll("(?m)^" + header + ":[^\r\n]*\r\n", ""));
    }

    private byte[] duplicateHeader(String message) {
        String header = MANDATORY[random.nextInt(MANDATORY.length)];
        return bytes(message.replaceAll("(?m)^(" + header + ":[^\r\n]*\r\n)", "$1" + header + ": <garbage>;;\r\n"));
    }

    private byte[] mangleStartLine(String message) {
        String[] variants = {"INVITE SIP/2.0", "INVITE sip: SIP/2.0", "FOO sip:a@b SIP/2.0", "INVITE sip:a@b SIP/3.0",
                "SIP/2.0 999 What", "SIP/2.0 abc OK", "", "INVITE\tsip:x@y\tSIP/2.0", "INVITE sip:a@b:99999 SIP/2.0"};
        int end = message.indexOf("\r\n");
        return bytes(variants[random.nextInt(variants.length)] + message.substring(end));
    }

    private byte[] mangleNumbers(String message) {
        String[] numbers = {"-1", "99999999999999999999", "abc", "", "1.5", "0x10", "2147483648"};
        String n = numbers[random.nextInt(numbers.length)];
        return bytes(switch (random.nextInt(3)) {
            case 0 -> message.replaceAll("CSeq: \\d+", "CSeq: " + n);
            case 1 -> message.replaceAll("Max-Forwards: \\d+", "Max-Forwards: " + n);
            default -> message.replaceAll("Expires: \\d+|Content-Length: \\d+", "Content-Length: " + n);
        });
    }

    private byte[] lyingLength(String message) {
        return bytes(message.replaceAll("Content-Length: \\d+", "Content-Length: " + (random.nextInt(70000) - 10)));
    }

    private byte[] mangleUris(String message) {
        String[] uris = {"<sip:@>", "<sips:%zz@[::1>", "<tel:>", "<sip:a@b;transport=>", "\"unterminated <sip:a@b>",
                "<sip:a@b>;tag=;tag=", "<>"};
        return bytes(message.replaceFirst("(?m)^(From|To): [^\r\n]*", "$1: " + uris[random.nextInt(uris.length)]));
    }

    private byte[] junk() {
        byte[] bytes = new byte[random.nextInt(1400)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    List<byte[]> batch(int count) {
        List<byte[]> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(next());
        }
        return batch;
    }
}
