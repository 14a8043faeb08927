package io.holdslayer.audio;

import io.holdslayer.audio.classify.AudioClassifier;
import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.classify.FrameLabel;
import io.holdslayer.audio.classify.Segment;
import io.holdslayer.audio.classify.Segmenter;
import io.holdslayer.audio.dsp.Spectrum;
import io.holdslayer.audio.hold.AudioEvent;
import io.holdslayer.audio.hold.HoldMonitor;
import io.holdslayer.audio.hold.SubFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole per-call analysis, frame by frame: classification, segments, DTMF, hold and human detection. The
 * media plane runs one per monitored call leg; {@code ./holdslayer analyze} runs the same on a file. Not
 * thread-safe: one thread feeds it.
 */
public final class AudioPipeline {

    private final AudioClassifier classifier = new AudioClassifier();
    private final Segmenter segmenter = new Segmenter();
    private static final int HALF = FrameFormat.SAMPLES_PER_FRAME / 2;
    private final SubFingerprint fingerprints = new SubFingerprint();
    private final SubFingerprint shiftedFingerprints = new SubFingerprint();
    private final Spectrum shiftedSpectrum = new Spectrum();
    private final short[] previous = new short[FrameFormat.SAMPLES_PER_FRAME];
    private final short[] halfShifted = new short[FrameFormat.SAMPLES_PER_FRAME];
    private final HoldMonitor hold = new HoldMonitor(classifier.voiceActivity().equals("energy"));
    private final List<Segment> segments = new ArrayList<>();
    private final List<AudioEvent> events = new ArrayList<>();
    private AudioLabel announced;

    /** Feeds one 20 ms frame; returns the events it produced (usually none). */
    public List<AudioEvent> process(short[] frame) {
        FrameLabel label = classifier.process(frame);
        int fingerprint = fingerprints.next(classifier.spectrum());
        System.arraycopy(previous, HALF, halfShifted, 0, HALF);
        System.arraycopy(frame, 0, halfShifted, HALF, HALF);
        System.arraycopy(frame, 0, previous, 0, frame.length);
        int shiftedFingerprint = shiftedFingerprints.next(shiftedSpectrum.of(halfShifted));
        List<AudioEvent> produced = List.of();
        if (label.dtmfDigit() != 0) {
            produced = add(produced, new AudioEvent(label.seconds(), "DTMF", 0.95, String.valueOf(label.dtmfDigit())));
        }
        segmenter.accept(label).ifPresent(segments::add);
        if (segmenter.current() != announced) {
            announced = segmenter.current();
            produced = add(produced, new AudioEvent(segmenter.currentStartFrame() * 0.02, "AUDIO_CLASSIFIED",
                    label.confidence(), announced.id()));
        }
        Optional<AudioEvent> concluded = hold.process(segmenter.current(), segmenter.currentConfidence(), fingerprint,
                shiftedFingerprint, label.levelDb(), label.seconds(), label.index() - segmenter.currentStartFrame());
        if (concluded.isPresent()) {
            produced = add(produced, concluded.get());
        }
        events.addAll(produced);
        return produced;
    }

    /** Most frames produce no event; the list is only made when one does. */
    private static List<AudioEvent> add(List<AudioEvent> produced, AudioEvent event) {
        List<AudioEvent> grown = new ArrayList<>(produced);
        grown.add(event);
        return grown;
    }

    /** Closes the last segment; call once at the end of the stream. */
    public void finish() {
        segmenter.finish().ifPresent(segments::add);
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<AudioEvent> events() {
        return events;
    }
}
