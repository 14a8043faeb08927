package io.holdslayer.audio.hold;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random 16-bit sub-fingerprints: audio that resembles nothing else. */
final class Fingerprints {

    private Fingerprints() {
    }

    static List<Integer> random(long seed, int n) {
        Random r = new Random(seed);
        List<Integer> fps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fps.add(r.nextInt(1 << 16));
        }
        return fps;
    }
}
