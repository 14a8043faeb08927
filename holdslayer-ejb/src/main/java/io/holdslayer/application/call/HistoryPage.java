package io.holdslayer.application.call;

import java.util.List;

/** One page of the call history. */
public record HistoryPage(int page, int size, long total, List<CallView> calls) {
}
