package io.holdslayer.audio.feature;

/**
 * Features of one 20 ms frame.
 *
 * @param levelDb      RMS level in dBFS (a full-scale sine is −3 dBFS; digital silence is −100)
 * @param zeroCrossing zero crossings per sample, 0–1
 * @param flatness     spectral flatness over 150–3700 Hz, 0 (pure tone) – 1 (white noise)
 * @param centroidHz   spectral centroid over 150–3700 Hz
 * @param peakBin      the strongest bin in 150–3700 Hz
 * @param peakFraction share of the in-band power within ±1 bin of the two strongest peaks
 * @param flux         spectral change against the previous frame (normalised), 0–2
 */
public record FrameFeatures(double levelDb, double zeroCrossing, double flatness, double centroidHz, int peakBin,
                            double peakFraction, double flux) {
}
