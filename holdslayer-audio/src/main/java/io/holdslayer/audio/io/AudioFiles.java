package io.holdslayer.audio.io;

import io.holdslayer.audio.FrameFormat;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** Reads audio files into the analysis format and writes 8 kHz WAV files. */
public final class AudioFiles {

    private AudioFiles() {
    }

    /**
     * Decodes a WAV file (PCM, µ-law or A-law, any common rate, any channel count) to 8 kHz mono.
     *
     * @throws IOException with a message naming the file and the problem
     */
    public static Pcm read(Path file) throws IOException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat format = source.getFormat();
            AudioFormat linear = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                    format.getChannels(), 2 * format.getChannels(), format.getSampleRate(), false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(linear, source)) {
                short[] mono = downmix(decoded.readAllBytes(), format.getChannels());
                return new Pcm(Resampler.resample(mono, Math.round(format.getSampleRate()), FrameFormat.SAMPLE_RATE_HZ));
            } catch (IllegalArgumentException unsupported) {
                throw new IOException(file + ": cannot decode " + format + " (" + unsupported.getMessage() + ")");
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file + ": not a supported audio file (" + e.getMessage() + ")", e);
        }
    }

    /** Writes 8 kHz mono audio as 16-bit PCM, µ-law or A-law WAV. */
    public static void write(Pcm pcm, AudioFormat.Encoding encoding, Path file) throws IOException {
        byte[] linearBytes = new byte[pcm.samples().length * 2];
        ByteBuffer.wrap(linearBytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(pcm.samples());
        AudioFormat linear = new AudioFormat(FrameFormat.SAMPLE_RATE_HZ, 16, 1, true, false);
        AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(linearBytes), linear,
                pcm.samples().length);
        if (!encoding.equals(AudioFormat.Encoding.PCM_SIGNED)) {
            stream = AudioSystem.getAudioInputStream(
                    new AudioFormat(encoding, FrameFormat.SAMPLE_RATE_HZ, 8, 1, 1, FrameFormat.SAMPLE_RATE_HZ, false),
                    stream);
        }
        AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
    }

    private static short[] downmix(byte[] bytes, int channels) {
        int frames = bytes.length / (2 * channels);
        short[] mono = new short[frames];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += buffer.getShort();
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }
}
