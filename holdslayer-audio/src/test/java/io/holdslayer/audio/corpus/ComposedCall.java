package io.holdslayer.audio.corpus;

import io.holdslayer.audio.classify.AudioLabel;

/**
 * One synthetic call and its truth.
 *
 * @param name        e.g. {@code call-017}
 * @param samples     8 kHz mono audio
 * @param truth       the true label of every 20 ms frame
 * @param humanOnset  seconds at which a person starts speaking, or a negative number when none does
 * @param description how it was made, for reports
 */
record ComposedCall(String name, short[] samples, AudioLabel[] truth, double humanOnset, String description) {

    boolean hasHuman() {
        return humanOnset >= 0;
    }
}
