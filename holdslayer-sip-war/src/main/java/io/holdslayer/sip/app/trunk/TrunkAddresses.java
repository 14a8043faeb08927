package io.holdslayer.sip.app.trunk;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The addresses the trunk sends from: {@code ip} (any port) or {@code ip:port} entries. By default the trunk
 * host's addresses with its port.
 */
public final class TrunkAddresses {

    private final Set<String> exact;
    private final Set<String> anyPort;

    private TrunkAddresses(Set<String> exact, Set<String> anyPort) {
        this.exact = exact;
        this.anyPort = anyPort;
    }

    public static TrunkAddresses of(List<String> configured, String trunkHost, int trunkPort) {
        List<String> entries = new ArrayList<>(configured);
        if (entries.isEmpty() && !trunkHost.isEmpty()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(trunkHost)) {
                    entries.add(address.getHostAddress() + ":" + trunkPort);
                }
            } catch (Exception unresolvable) {
                entries.add(trunkHost + ":" + trunkPort);
            }
        }
        Set<String> exact = entries.stream().filter(e -> e.matches(".*:[0-9]+") && !e.startsWith("["))
                .map(String::trim).collect(Collectors.toUnmodifiableSet());
        Set<String> anyPort = entries.stream().filter(e -> !e.matches(".*:[0-9]+"))
                .map(String::trim).collect(Collectors.toUnmodifiableSet());
        return new TrunkAddresses(exact, anyPort);
    }

    public boolean contains(String ip, int port) {
        return anyPort.contains(ip) || exact.contains(ip + ":" + port);
    }

    @Override
    public String toString() {
        return "TrunkAddresses" + exact + anyPort;
    }
}
