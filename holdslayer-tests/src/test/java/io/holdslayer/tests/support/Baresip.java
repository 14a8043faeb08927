package io.holdslayer.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * baresip (Debian {@code baresip-core}) as the user's phone: registers one account to the gateway, answers
 * automatically, plays a WAV file as its microphone and records what it hears ({@code sndfile} module).
 */
public final class Baresip implements AutoCloseable {

    private final Path dir;
    private final Process process;

    private Baresip(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    /**
     * @param user     the device account
     * @param password its password
     * @param sipPort  the gateway's SIP port on 127.0.0.1
     * @param port     baresip's own SIP port
     */
    public static Baresip register(String name, String user, String password, int sipPort, int port) {
        return start(name, user, password, sipPort, port, true);
    }

    /** Like {@link #register}, but the phone only rings when called: nobody picks it up. */
    public static Baresip registerWithoutAnswering(String name, String user, String password, int sipPort, int port) {
        return start(name, user, password, sipPort, port, false);
    }

    private static Baresip start(String name, String user, String password, int sipPort, int port, boolean answers) {
        try {
            Path dir = Path.of(System.getProperty("holdslayer.it.dir", "target/it-data"), "baresip-" + name)
                    .toAbsolutePath();
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir.resolve("recordings"));
            Files.writeString(dir.resolve("config"), String.join("\n",
                    "poll_method epoll",
                    "sip_listen 127.0.0.1:" + port,
                    "net_interface 127.0.0.1",
                    "audio_player aubridge,nil",
                    "audio_source aufile," + writeTone(dir.resolve("microphone.wav")),
                    "audio_alert aubridge,nil",
                    "rtp_ports 17060-17099",
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module aufile.so",
                    "module aubridge.so",
                    "module sndfile.so",
                    "module_app account.so",
                    "module_app menu.so",
                    "snd_path " + dir.resolve("recordings"),
                    ""));
            Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@127.0.0.1:" + sipPort + ">;auth_pass="
                    + password + (answers ? ";answermode=auto" : ";answermode=manual")
                    + ";regint=300;audio_codecs=PCMU,PCMA\n");
            Process process = new ProcessBuilder("baresip", "-f", dir.toString(), "-v")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("baresip.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            return new Baresip(dir, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A minute of 440 Hz at 8 kHz, 16-bit: the phone's microphone (aufile needs S16LE, and baresip hangs up when
     * the file ends).
     */
    private static Path writeTone(Path wav) throws IOException {
        int samples = 8000 * 60;
        ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            data.putShort((short) (4000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        Files.write(wav, data.array());
        return wav;
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("baresip.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The recordings of what baresip received (decoded audio), WAV files. */
    public List<Path> receivedRecordings() {
        try (Stream<Path> files = Files.list(dir.resolve("recordings"))) {
            return files.filter(p -> p.getFileName().toString().contains("dec")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Root mean square of a 16-bit PCM WAV file's samples (0 for silence). */
    public static double rms(Path wav) {
        try {
            byte[] bytes = Files.readAllBytes(wav);
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int offset = 12;
            while (offset + 8 <= bytes.length) {
                String id = new String(bytes, offset, 4, java.nio.charset.StandardCharsets.US_ASCII);
                int size = buffer.getInt(offset + 4);
                if (id.equals("data")) {
                    double sum = 0;
                    int samples = 0;
                    for (int i = offset + 8; i + 1 < Math.min(bytes.length, offset + 8 + size); i += 2) {
                        double s = buffer.getShort(i);
                        sum += s * s;
                        samples++;
                    }
                    return samples == 0 ? 0 : Math.sqrt(sum / samples);
                }
                offset += 8 + size;
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
