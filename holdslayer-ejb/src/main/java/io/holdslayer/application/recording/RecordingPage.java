package io.holdslayer.application.recording;

import java.util.List;

/** One page of recordings, the most recent first; {@code page} counts from 0. */
public record RecordingPage(int page, int size, long total, List<RecordingSummary> recordings) {
}
