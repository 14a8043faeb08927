package io.holdslayer.application.call;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;

import java.time.Instant;

/**
 * Which ended or live calls to list, most recent first; null fields do not filter.
 *
 * @param page counts from 0
 * @param size 1-500
 */
public record HistoryQuery(String number, CallStatus status, CallMode mode, Instant from, Instant to, int page, int size) {

    public HistoryQuery {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1-500");
        }
    }
}
