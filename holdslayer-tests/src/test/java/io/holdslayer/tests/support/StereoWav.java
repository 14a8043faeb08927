package io.holdslayer.tests.support;

import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.cli.Analysis;
import io.holdslayer.audio.io.Pcm;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A gateway recording read with {@code javax.sound.sampled}, as any player would read it: its format and each
 * channel's samples, and whether a channel holds speech by the audio module's offline analysis.
 */
public record StereoWav(AudioFormat format, short[] left, short[] right) {

    public static StereoWav read(byte[] wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16
                    || format.isBigEndian()) {
                throw new IOException("not 16-bit little-endian PCM: " + format);
            }
            ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int channels = format.getChannels();
            int frames = data.remaining() / (2 * channels);
            short[] left = new short[frames];
            short[] right = new short[channels > 1 ? frames : 0];
            for (int i = 0; i < frames; i++) {
                left[i] = data.getShort();
                if (channels > 1) {
                    right[i] = data.getShort();
                    for (int c = 2; c < channels; c++) {
                        data.getShort();
                    }
                }
            }
            return new StereoWav(format, left, right);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a WAV file a player can read: " + e.getMessage(), e);
        }
    }

    public double seconds() {
        return left.length / format.getSampleRate();
    }

    /** The longest stretch of speech, in seconds, the offline analysis finds in the samples (8 kHz). */
    public static double longestSpeech(short[] samples) {
        Analysis analysis = Analysis.of("channel", new Pcm(samples));
        return analysis.segments().stream().filter(s -> s.label() == AudioLabel.SPEECH)
                .mapToDouble(s -> s.end() - s.start()).max().orElse(0);
    }

    /** What the analysis heard, for failure messages. */
    public static String timeline(short[] samples) {
        return Analysis.of("channel", new Pcm(samples)).toTimeline();
    }
}
