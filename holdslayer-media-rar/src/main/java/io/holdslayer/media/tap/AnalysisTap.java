package io.holdslayer.media.tap;

import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.audio.AudioPipeline;
import io.holdslayer.audio.hold.AudioEvent;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the audio module's per-call pipeline on one leg's received audio, on a worker thread fed by a frame
 * queue, and reports what it finds as segment-level events: classification changes, hold and human detection,
 * and each finished stretch of speech with its audio (for transcription). Digits the pipeline hears go to the
 * leg ({@code dtmf}), which reports them only when RFC 4733 is negotiated but the peer sends tones in band
 * (otherwise the leg's own RFC 4733 receiver or in-band detector has reported them already).
 */
public final class AnalysisTap implements FrameQueue.Consumer {

    private final String callId;
    private final io.holdslayer.api.media.LegRole role;
    private final String legId;
    private final Consumer<MediaEvent> events;
    private final Consumer<Character> dtmf;
    private final FrameQueue queue;
    private final SpeechCollector speech = new SpeechCollector();
    private AudioPipeline pipeline;

    public AnalysisTap(String callId, String legId, io.holdslayer.api.media.LegRole role, Executor workers,
                       Consumer<MediaEvent> events, Consumer<Character> dtmf) {
        this.callId = callId;
        this.dtmf = dtmf;
        this.legId = legId;
        this.role = role;
        this.events = events;
        this.queue = new FrameQueue(50, 160, workers, this);
    }

    /** From the clock thread; never blocks. */
    public void offer(short[] frame) {
        queue.offer(frame, null);
    }

    @Override
    public void consume(short[] frame) {
        if (pipeline == null) {
            pipeline = new AudioPipeline();
        }
        byte[] piece = speech.frame(frame);
        if (piece != null) {
            speechSegment(piece);
        }
        for (AudioEvent event : pipeline.process(frame)) {
            switch (event.type()) {
                case "AUDIO_CLASSIFIED" -> classified(event);
                case "HOLD_DETECTED" -> publish(MediaEventType.HOLD_DETECTED, event, "hold-monitor", null);
                case "HUMAN_DETECTED" -> publish(MediaEventType.HUMAN_DETECTED, event, "hold-monitor", null);
                case "DTMF" -> dtmf.accept(event.reason().charAt(0));
                default -> {
                    // other findings are not segment-level events
                }
            }
        }
    }

    private void classified(AudioEvent event) {
        byte[] finished = speech.classified(event.reason(), event.t());
        if (finished != null) {
            speechSegment(finished);
        }
        publish(MediaEventType.AUDIO_CLASSIFIED, event, "classifier", null);
    }

    /** The detail is the segment's length in seconds. */
    private void speechSegment(byte[] pcm) {
        events.accept(new MediaEvent(MediaEventType.SPEECH_SEGMENT, callId, legId, role, speech.lastStart(),
                String.format(java.util.Locale.ROOT, "%.2f", pcm.length / 16000.0), "classifier", 0.9, pcm));
    }

    private void publish(MediaEventType type, AudioEvent event, String source, byte[] audio) {
        events.accept(new MediaEvent(type, callId, legId, role, event.t(), event.reason(), source,
                event.confidence(), audio));
    }

    public void close() {
        queue.close();
    }

    @Override
    public void closed() {
        byte[] rest = speech.classified("silence", speech.seconds());
        if (rest != null) {
            speechSegment(rest);
        }
    }

    public long droppedFrames() {
        return queue.dropped();
    }

    public long analysedFrames() {
        return queue.consumed();
    }
}
