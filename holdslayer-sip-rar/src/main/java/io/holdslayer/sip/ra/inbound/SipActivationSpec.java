package io.holdslayer.sip.ra.inbound;

import io.holdslayer.api.connector.jca.AdapterBoundActivationSpec;
import io.holdslayer.api.sip.SipMessageListener;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a message-driven bean subscribes to SIP: which request methods it handles ({@code *} for all).
 * Responses and timeouts go to the first activated endpoint that handles {@code *} or INVITE.
 */
@Activation(messageListeners = SipMessageListener.class)
public class SipActivationSpec extends AdapterBoundActivationSpec {

    static final Set<String> KNOWN_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS",
            "INFO", "UPDATE", "PRACK", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH");

    @ConfigProperty(description = "Request methods this endpoint handles, separated by commas, or * for all",
            defaultValue = "*")
    private String methods = "*";

    private volatile Set<String> parsed;


    @Override
    public void validate() throws InvalidPropertyException {
        Set<String> parsed = methodSet();
        if (parsed.isEmpty()) {
            throw new InvalidPropertyException("methods must name at least one SIP method or '*'");
        }
        for (String method : parsed) {
            if (!method.equals("*") && !KNOWN_METHODS.contains(method)) {
                throw new InvalidPropertyException("methods: unknown SIP method '" + method + "', expected '*' or "
                        + "some of " + KNOWN_METHODS);
            }
        }
    }

    Set<String> methodSet() {
        return Arrays.stream(String.valueOf(methods).split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Asked for every message: the parsed set is kept until the property changes. */
    boolean handles(String method) {
        Set<String> set = parsed;
        if (set == null) {
            set = methodSet();
            parsed = set;
        }
        return set.contains("*") || set.contains(method);
    }

    public String getMethods() {
        return methods;
    }

    public void setMethods(String methods) {
        this.methods = methods;
        this.parsed = null;
    }
}
