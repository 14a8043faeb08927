package io.holdslayer.sip.app.calls;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallControlException.Reason;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which numbers the gateway may dial: E.164 ({@code +} and 8-15 digits, spaces, dots, dashes and parentheses
 * ignored), matching the operator's allow-list and none of the deny-list (premium-rate ranges by default).
 */
public final class DialPolicy {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private final List<Pattern> allowed;
    private final List<Pattern> denied;

    public DialPolicy(List<String> allowed, List<String> denied) {
        this.allowed = allowed.stream().map(Pattern::compile).toList();
        this.denied = denied.stream().map(Pattern::compile).toList();
    }

    /** @return the number in canonical form ({@code +} and digits) */
    public String check(String number) throws CallControlException {
        String canonical = number == null ? "" : number.replaceAll("[\\s().-]", "");
        if (!E164.matcher(canonical).matches()) {
            throw new CallControlException(Reason.INVALID,
                    "number must be E.164: '+' and 8-15 digits, e.g. +15551234567; got '" + number + "'");
        }
        if (denied.stream().anyMatch(p -> p.matcher(canonical).matches())) {
            throw new CallControlException(Reason.REFUSED, canonical + " is a premium-rate or denied number "
                    + "(holdslayer.dial.deny)");
        }
        if (allowed.stream().noneMatch(p -> p.matcher(canonical).matches())) {
            throw new CallControlException(Reason.REFUSED, canonical + " is not on the dial allow-list "
                    + "(holdslayer.dial.allow)");
        }
        return canonical;
    }
}
