package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.call.TrunkStatus;

import java.time.Instant;

/** The trunk's observed state, updated by registration and keepalive, read by the status endpoint. */
public final class TrunkHealth {

    private boolean registered;
    private int lastStatus;
    private Instant lastResponseAt;
    private long rttMillis = -1;
    private Instant expiresAt;
    private String detail = "not started";

    synchronized void responded(int status, long rttMillis) {
        this.lastStatus = status;
        this.lastResponseAt = Instant.now();
        this.rttMillis = rttMillis;
    }

    synchronized void registered(Instant expiresAt) {
        this.registered = true;
        this.expiresAt = expiresAt;
        this.detail = "registered until " + expiresAt;
    }

    synchronized void failed(String why) {
        this.registered = false;
        this.expiresAt = null;
        this.detail = why;
    }

    synchronized void detail(String detail) {
        this.detail = detail;
    }

    synchronized boolean isRegistered() {
        return registered && expiresAt != null && expiresAt.isAfter(Instant.now());
    }

    synchronized TrunkStatus snapshot(boolean configured, boolean registers) {
        return new TrunkStatus(configured, registers, registers && isRegistered(), lastStatus, lastResponseAt,
                rttMillis, expiresAt, detail);
    }
}
