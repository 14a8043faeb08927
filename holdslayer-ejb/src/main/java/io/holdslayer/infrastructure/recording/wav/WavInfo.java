package io.holdslayer.infrastructure.recording.wav;

/**
 * What a PCM WAV file holds.
 *
 * @param channels        1 (mono) or 2 (stereo)
 * @param sampleRate      samples per second per channel
 * @param bitsPerSample   8, 16, ...
 * @param dataOffset      where the first sample is, from the start of the file
 * @param headerDataBytes the data size the header claims
 * @param fileBytes       the file's length
 */
public record WavInfo(int channels, int sampleRate, int bitsPerSample, long dataOffset, long headerDataBytes,
                      long fileBytes) {

    public int frameBytes() {
        return channels * Math.max(1, bitsPerSample / 8);
    }

    /** Whole sample frames present in the file, whatever the header claims. */
    public long dataBytes() {
        long present = Math.max(0, fileBytes - dataOffset);
        return present - present % frameBytes();
    }

    public long durationMs() {
        return dataBytes() / frameBytes() * 1000 / sampleRate;
    }

    /** Whether the header's size fields cover exactly the audio the file holds. */
    public boolean headerCoversFile() {
        return headerDataBytes == dataBytes() && fileBytes == dataOffset + dataBytes();
    }
}
