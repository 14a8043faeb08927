package io.holdslayer.api.call;

import java.io.Serializable;
import java.time.Instant;

/**
 * A call as seen at one instant.
 *
 * @param id       the call's id (also the {@code callId} of its events)
 * @param number   the dialled number
 * @param status   where the call is
 * @param device   the device it is bridged to or ringing, or {@code null}
 * @param started  when it was placed
 * @param reason   why it ended or failed, or {@code null}
 */
public record CallSnapshot(String id, String number, CallStatus status, String device, Instant started,
                           String reason) implements Serializable {
}
