package io.holdslayer.domain.model.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A SIP device account: its user name, realm and digest HA1 (RFC 3261 §22.4, MD5). */
@Entity
@Table(name = "device")
public class Device {

    @Id
    private String id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String realm;

    @Column(nullable = false)
    private String ha1;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Device() {
    }

    public Device(String username, String displayName, String realm, String password, Instant createdAt) {
        this.id = username;
        this.displayName = displayName;
        this.realm = realm;
        this.ha1 = digestHa1(username, realm, password);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** HA1 = MD5(username ":" realm ":" password), lower-case hex. */
    public static String digestHa1(String username, String realm, String password) {
        try {
            byte[] hash = MessageDigest.getInstance("MD5")
                    .digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    /** Replaces the credentials; only the new HA1 is kept. */
    public void changePassword(String password) {
        this.ha1 = digestHa1(id, realm, password);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String username() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String realm() {
        return realm;
    }

    public String ha1() {
        return ha1;
    }

    public boolean enabled() {
        return enabled;
    }
}
