package io.holdslayer.api.call;

import java.io.Serializable;
import java.time.Instant;

/**
 * The trunk as the SIP plane sees it.
 *
 * @param configured      whether a trunk host is configured
 * @param registers       whether it registers (digest) or is IP-authenticated
 * @param registered      whether the last REGISTER succeeded and has not expired
 * @param lastStatus      status code of the last REGISTER or OPTIONS response, 0 if none yet
 * @param lastResponseAt  when that response arrived, or {@code null}
 * @param rttMillis       round-trip time of the last OPTIONS or REGISTER transaction, -1 if unknown
 * @param expiresAt       when the registration expires, or {@code null}
 * @param detail          a sentence for operators (why it failed, when it retries)
 */
public record TrunkStatus(boolean configured, boolean registers, boolean registered, int lastStatus,
                          Instant lastResponseAt, long rttMillis, Instant expiresAt, String detail)
        implements Serializable {
}
