package io.holdslayer.sip.app.b2bua;

import io.holdslayer.api.call.CallSnapshot;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.media.LegRole;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * One user-visible call: the company leg (our INVITE through the trunk), optionally the caller leg (a device
 * that dialled out through us, or the company itself when it called us: then there is no company UAC leg and
 * the caller leg has the company role), and the device leg once a transfer is answered. While a transfer rings, the
 * fork holds one INVITE per contact of the device; the first to answer becomes the device leg.
 *
 * <p>Status: {@code TRYING → RINGING → CONNECTED → TRANSFERRING → BRIDGED → ENDED}, or {@code FAILED} when the
 * company never answers. A failed transfer returns to {@code CONNECTED} (the company leg is kept). Every
 * change happens under the call's monitor, on whichever thread a message arrives.
 */
public final class Call {

    final String id;
    final String number;
    final Instant started = Instant.now();
    CallStatus status = CallStatus.TRYING;
    String reason;
    /** The application ended the call as a failure (a hold slayer that gave up), whatever the legs reached. */
    boolean failedByApplication;
    UacLeg company;
    UasLeg caller;
    UacLeg deviceLeg;
    String deviceName;
    String pendingTransferDevice;
    final List<UacLeg> fork = new ArrayList<>();
    String forkMediaLegId;
    ScheduledFuture<?> forkTimer;
    boolean deviceRingingAnnounced;
    boolean ringingAnnounced;

    Call(String id, String number) {
        this.id = id;
        this.number = number;
    }

    public String id() {
        return id;
    }

    /** Whether the company called us (its INVITE is the caller leg). */
    boolean incoming() {
        return caller != null && caller.role == LegRole.COMPANY;
    }

    /** The company's leg, whichever side placed the call. */
    Leg companyLeg() {
        return incoming() ? caller : company;
    }

    boolean ended() {
        return status.isFinal();
    }

    /** Every leg still worth tearing down. */
    List<Leg> legs() {
        List<Leg> legs = new ArrayList<>();
        if (company != null) {
            legs.add(company);
        }
        if (caller != null) {
            legs.add(caller);
        }
        if (deviceLeg != null) {
            legs.add(deviceLeg);
        }
        legs.addAll(fork);
        return legs;
    }

    synchronized CallSnapshot snapshot() {
        return new CallSnapshot(id, number, status, deviceName, started, reason);
    }
}
