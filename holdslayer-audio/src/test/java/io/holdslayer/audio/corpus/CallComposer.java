package io.holdslayer.audio.corpus;

import io.holdslayer.audio.FrameFormat;
import io.holdslayer.audio.classify.AudioLabel;
import io.holdslayer.audio.codec.G711;
import io.holdslayer.audio.io.Pcm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Composes labelled calls the way they sound to the gateway: maybe ringback, IVR prompts, then hold music (five
 * recorded tracks or one synthesised by timidity) with an announcement loop (the same recordings coming round
 * again, in some calls mixed over the music), and then a person (a real recorded speaker or an espeak-ng voice),
 * more music, dead air, or the company hanging up (busy or reorder). Each call gets a level between −30 and
 * −6 dBFS, and may go through a µ-law or A-law round trip and lose 1–3 % of its frames. Deterministic for a seed.
 */
final class CallComposer {

    private static final double SILENT_DB = -48;
    private final Random random;
    private final Path voiceCache;
    private final List<Pcm> music = Sources.musicTracks();
    private final List<Short> audio = new ArrayList<>();
    private final List<AudioLabel> truth = new ArrayList<>();
    private final StringBuilder description = new StringBuilder();

    CallComposer(long seed, Path voiceCache) {
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        this.voiceCache = voiceCache;
    }

    ComposedCall compose(String name) {
        if (random.nextDouble() < 0.5) {
            ringback(2 + random.nextInt(3));
        }
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            speech(Sources.sound(pick(Sources.IVR_PROMPTS)), "ivr");
            silence(0.3 + random.nextDouble());
        }
        List<String> loop = new ArrayList<>(List.of(pick(Sources.ANNOUNCEMENTS)));
        if (random.nextDouble() < 0.4) {
            loop.add(pick(Sources.ANNOUNCEMENTS));
        }
        Pcm track = random.nextDouble() < 0.2 ? Sources.synthesizedMusic(voiceCache)
                : music.get(random.nextInt(music.size()));
        boolean overMusic = random.nextDouble() < 0.3;
        if (overMusic) {
            description.append("over-music ");
        }
        int position = random.nextInt(track.samples().length / 2);
        double holdSeconds = 35 + random.nextDouble() * 60;
        double played = 0;
        int next = 0;
        while (played < holdSeconds) {
            double stretch = 12 + random.nextDouble() * 18;
            position = music(track, position, stretch);
            played += stretch;
            String recording = loop.get(next++ % loop.size());
            Pcm announcement = Sources.sound(recording);
            if (overMusic) {
                position = speechOverMusic(announcement, track, position);
            } else {
                speech(announcement, recording.replace(".wav", ""));
            }
            played += announcement.durationSeconds();
        }
        double onset = -1;
        double ending = random.nextDouble();
        if (ending < 0.75) {
            position = music(track, position, 2 + random.nextDouble() * 8);
            if (random.nextDouble() < 0.6) {
                silence(0.1 + random.nextDouble() * 0.8);
            }
            onset = audio.size() / (double) FrameFormat.SAMPLE_RATE_HZ;
            boolean recorded = random.nextBoolean();
            List<Pcm> people = Sources.humanRecordings();
            speech(recorded ? people.get(random.nextInt(people.size()))
                    : Sources.agent(pick(Sources.VOICES), pick(Sources.GREETINGS), voiceCache),
                    recorded ? "human-recorded" : "human-espeak");
            silence(3 + random.nextDouble() * 2);
        } else if (ending < 0.83) {
            music(track, position, 3 + random.nextDouble() * 5);
            hangUp(random.nextBoolean());
        } else if (ending < 0.91) {
            music(track, position, 5 + random.nextDouble() * 10);
            description.append(" no-human");
        } else {
            silence(6 + random.nextDouble() * 6);
            description.append(" dead-air");
        }
        short[] samples = finish();
        AudioLabel[] frames = frameTruth(samples.length);
        return new ComposedCall(name, samples, frames, firstWord(frames, onset), description.toString().trim());
    }

    private void ringback(int rings) {
        boolean uk = random.nextBoolean();
        description.append(uk ? "ringback-uk " : "ringback-na ");
        for (int r = 0; r < rings; r++) {
            if (uk) {
                tone(0.4, 400, 450);
                pad(0.2, AudioLabel.RINGBACK);
                tone(0.4, 400, 450);
                pad(2.0, AudioLabel.RINGBACK);
            } else {
                tone(2.0, 440, 480);
                pad(4.0, AudioLabel.RINGBACK);
            }
        }
    }

    /** The company hangs up: busy (0.5 s on/off) or reorder (0.25 s), 480+620 Hz, for 4 s. */
    private void hangUp(boolean reorder) {
        description.append(reorder ? " reorder" : " busy");
        double half = reorder ? 0.25 : 0.5;
        for (double t = 0; t < 4; t += 2 * half) {
            tone(half, AudioLabel.BUSY, 480, 620);
            pad(half, AudioLabel.BUSY);
        }
    }

    /** An announcement mixed over the music, which goes on 12 dB below it; the truth is speech where it speaks. */
    private int speechOverMusic(Pcm announcement, Pcm track, int position) {
        description.append("announcement-over-music ");
        short[] s = announcement.samples();
        short[] m = track.samples();
        double voice = rms(s);
        double bed = rms(m) + 1;
        double musicGain = voice / bed * Math.pow(10, -12 / 20.0);
        for (int frame = 0; frame + FrameFormat.SAMPLES_PER_FRAME <= s.length; frame += FrameFormat.SAMPLES_PER_FRAME) {
            double sum = 0;
            for (int i = frame; i < frame + FrameFormat.SAMPLES_PER_FRAME; i++) {
                sum += (s[i] / 32768.0) * (s[i] / 32768.0);
                double mixed = s[i] + musicGain * m[(position + i) % m.length];
                audio.add((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(mixed))));
            }
            double db = 10 * Math.log10(sum / FrameFormat.SAMPLES_PER_FRAME + 1e-12);
            AudioLabel label = db < SILENT_DB ? AudioLabel.MUSIC : AudioLabel.SPEECH;
            for (int i = 0; i < FrameFormat.SAMPLES_PER_FRAME; i++) {
                truth.add(label);
            }
        }
        return (position + s.length) % m.length;
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short v : samples) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    private void tone(double seconds, double f1, double f2) {
        tone(seconds, AudioLabel.RINGBACK, f1, f2);
    }

    private void tone(double seconds, AudioLabel label, double f1, double f2) {
        int n = (int) (seconds * FrameFormat.SAMPLE_RATE_HZ);
        double amplitude = 0.1 * 32767;
        for (int i = 0; i < n; i++) {
            double t = (double) i / FrameFormat.SAMPLE_RATE_HZ;
            audio.add((short) (amplitude * (Math.sin(2 * Math.PI * f1 * t) + Math.sin(2 * Math.PI * f2 * t))));
            truth.add(label);
        }
    }

    private void pad(double seconds, AudioLabel label) {
        for (int i = 0; i < (int) (seconds * FrameFormat.SAMPLE_RATE_HZ); i++) {
            audio.add((short) 0);
            truth.add(label);
        }
    }

    private void silence(double seconds) {
        pad(seconds, AudioLabel.SILENCE);
    }

    /** Speech: loud samples are speech, the pauses inside are silence. */
    private void speech(Pcm pcm, String role) {
        description.append(role).append(' ');
        short[] s = pcm.samples();
        for (int frame = 0; frame + FrameFormat.SAMPLES_PER_FRAME <= s.length; frame += FrameFormat.SAMPLES_PER_FRAME) {
            double sum = 0;
            for (int i = frame; i < frame + FrameFormat.SAMPLES_PER_FRAME; i++) {
                sum += (s[i] / 32768.0) * (s[i] / 32768.0);
                audio.add(s[i]);
            }
            double db = 10 * Math.log10(sum / FrameFormat.SAMPLES_PER_FRAME + 1e-12);
            AudioLabel label = db < SILENT_DB ? AudioLabel.SILENCE : AudioLabel.SPEECH;
            for (int i = 0; i < FrameFormat.SAMPLES_PER_FRAME; i++) {
                truth.add(label);
            }
        }
    }

    /** Music from the track; its quiet stretches (below −48 dBFS) are silence, as they sound. */
    private int music(Pcm track, int position, double seconds) {
        short[] s = track.samples();
        int frames = (int) (seconds * FrameFormat.SAMPLE_RATE_HZ) / FrameFormat.SAMPLES_PER_FRAME;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = 0; i < FrameFormat.SAMPLES_PER_FRAME; i++) {
                short sample = s[(position + i) % s.length];
                sum += (sample / 32768.0) * (sample / 32768.0);
                audio.add(sample);
            }
            position = (position + FrameFormat.SAMPLES_PER_FRAME) % s.length;
            double db = 10 * Math.log10(sum / FrameFormat.SAMPLES_PER_FRAME + 1e-12);
            AudioLabel label = db < SILENT_DB ? AudioLabel.SILENCE : AudioLabel.MUSIC;
            for (int i = 0; i < FrameFormat.SAMPLES_PER_FRAME; i++) {
                truth.add(label);
            }
        }
        return position;
    }

    private short[] finish() {
        short[] samples = new short[audio.size() - audio.size() % FrameFormat.SAMPLES_PER_FRAME];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = audio.get(i);
        }
        scaleTo(samples, -30 + random.nextDouble() * 24);
        double codec = random.nextDouble();
        if (codec < 0.33) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = G711.ulawToLinear(G711.linearToUlaw(samples[i]));
            }
            description.append(" ulaw");
        } else if (codec < 0.66) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = G711.alawToLinear(G711.linearToAlaw(samples[i]));
            }
            description.append(" alaw");
        }
        double loss = 0.01 + random.nextDouble() * 0.02;
        for (int f = 0; f < samples.length / FrameFormat.SAMPLES_PER_FRAME; f++) {
            if (random.nextDouble() < loss) {
                Arrays.fill(samples, f * FrameFormat.SAMPLES_PER_FRAME, (f + 1) * FrameFormat.SAMPLES_PER_FRAME, (short) 0);
            }
        }
        description.append(String.format(" loss=%.1f%%", loss * 100));
        return samples;
    }

    /** Scales the whole call so that its active (non-silent) part sits at {@code db} dBFS. */
    private static void scaleTo(short[] samples, double db) {
        double sum = 0;
        int n = 0;
        for (short s : samples) {
            if (Math.abs(s) > 50) {
                sum += (s / 32768.0) * (s / 32768.0);
                n++;
            }
        }
        double rmsDb = 10 * Math.log10(sum / Math.max(1, n) + 1e-12);
        double gain = Math.pow(10, (db - rmsDb) / 20);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * gain)));
        }
    }

    /**
     * The person's first word: the first speech frame of their recording, which may open with silence (a
     * recording's lead-in is not the person speaking).
     */
    private static double firstWord(AudioLabel[] frames, double recordingStart) {
        if (recordingStart < 0) {
            return recordingStart;
        }
        for (int f = (int) Math.floor(recordingStart / 0.02); f < frames.length; f++) {
            if (frames[f] == AudioLabel.SPEECH) {
                return f * 0.02;
            }
        }
        return recordingStart;
    }

    private AudioLabel[] frameTruth(int length) {
        AudioLabel[] frames = new AudioLabel[length / FrameFormat.SAMPLES_PER_FRAME];
        for (int f = 0; f < frames.length; f++) {
            frames[f] = truth.get(f * FrameFormat.SAMPLES_PER_FRAME + FrameFormat.SAMPLES_PER_FRAME / 2);
        }
        return frames;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
