package io.holdslayer.sip.ra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The keystore holding the gateway's TLS certificate and key. */
public record TlsKeystore(Path path, String password, String type) {

    private static final Set<String> TYPES = Set.of("PKCS12", "JKS");

    public TlsKeystore {
        type = type == null || type.isBlank() ? "PKCS12" : type.toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("tlsKeystoreType must be one of " + TYPES + ", got " + type);
        }
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("tlsKeystore " + path + " is not a readable file");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("tlsKeystorePassword is required with tlsKeystore");
        }
    }

    /** {@code null} when no keystore path is given. */
    public static TlsKeystore of(String path, String password, String type) {
        return path == null || path.isBlank() ? null : new TlsKeystore(Path.of(path.trim()), password, type);
    }

    @Override
    public String toString() {
        return "TlsKeystore[" + path + ", " + type + "]";
    }
}
