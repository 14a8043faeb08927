package io.holdslayer.media.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * baresip (Debian baresip-core) as an auto-answering SIP phone on loopback: plays a 440 Hz sine from a file, records what it
 * decodes with the sndfile module, and logs every telephone event (RFC 4733) it receives.
 */
final class Baresip implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final Path log;

    private Baresip(Process process, Path dir, Path log) {
        this.process = process;
        this.dir = dir;
        this.log = log;
    }

    static Baresip start(Path dir, int sipPort) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method epoll",
                "sip_listen 127.0.0.1:" + sipPort,
                "net_interface 127.0.0.1",
                "audio_player alsa,null",
                "audio_alert alsa,null",
                "audio_source aufile," + tone(dir),
                "module_path /usr/lib/baresip/modules",
                "module g711.so", "module aufile.so", "module alsa.so", "module sndfile.so", "module menu.so",
                "module account.so",
                "snd_path " + dir, ""));
        Files.writeString(dir.resolve("accounts"), "<sip:bob@127.0.0.1>;regint=0;answermode=auto\n");
        Path log = dir.resolve("baresip.log");
        Process process = new ProcessBuilder("baresip", "-f", dir.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        for (int i = 0; i < 100 && !output(log).contains("baresip is ready"); i++) {
            Thread.sleep(50);
        }
        return new Baresip(process, dir, log);
    }

    /** Ten seconds of a 440 Hz sine as 16-bit PCM, which is what baresip's aufile source plays. */
    private static Path tone(Path dir) throws IOException {
        byte[] pcm = new byte[2 * 8000 * 10];
        for (int i = 0; i < pcm.length / 2; i++) {
            short sample = (short) (3000 * Math.sin(2 * Math.PI * 440 * i / 8000));
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(8000, 16, 1, true, false);
        Path file = dir.resolve("tone.wav");
        try (var in = new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(pcm), format,
                pcm.length / 2)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static String output(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    String output() {
        return output(log);
    }

    /** The WAV sndfile wrote of the audio baresip decoded (what it heard from us). */
    Path decodedRecording() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).findFirst().orElseThrow(
                    () -> new IOException("baresip wrote no decoded recording; its log:\n" + output()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
