package io.holdslayer.audio.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();
    private final List<Segment> closed = new ArrayList<>();
    private long index;

    private void feed(AudioLabel label, double confidence, int frames) {
        for (int i = 0; i < frames; i++) {
            segmenter.accept(new FrameLabel(index++, label, confidence, (char) 0, -20)).ifPresent(closed::add);
        }
    }

    @Test
    void aShortFlickerIsAbsorbedIntoTheSegmentAroundIt() {
        feed(AudioLabel.MUSIC, 0.9, 50);
        feed(AudioLabel.SPEECH, 0.9, 5);
        feed(AudioLabel.MUSIC, 0.9, 50);

        assertEquals(AudioLabel.MUSIC, segmenter.current());
        assertEquals(List.of(), closed);
    }

    @Test
    void anUndecidedFrameInsideANewLabelsFirstFramesDoesNotDelayIt() {
        feed(AudioLabel.MUSIC, 0.9, 50);
        feed(AudioLabel.SPEECH, 0.9, 8);
        feed(AudioLabel.SPEECH, 0.45, 1);
        feed(AudioLabel.SPEECH, 0.9, 8);

        assertEquals(AudioLabel.SPEECH, segmenter.current());
        assertEquals(50, segmenter.currentStartFrame(), "dated from its first frame");
        assertEquals(1.0, closed.get(0).end(), 1e-9);
    }
}
