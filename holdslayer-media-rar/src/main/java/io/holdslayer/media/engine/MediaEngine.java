package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.api.media.LegStatistics;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.api.media.MediaEventType;
import io.holdslayer.api.media.RecordingMode;
import io.holdslayer.api.media.SdpNotAcceptableException;
import io.holdslayer.media.dtmf.DtmfDigits;
import io.holdslayer.audio.io.AudioFiles;
import io.holdslayer.media.mixer.FilePlayer;
import io.holdslayer.media.mixer.FrameSource;
import io.holdslayer.media.mixer.MediaClock;
import io.holdslayer.media.record.CallRecorder;
import io.holdslayer.media.rtp.PortAllocator;
import io.holdslayer.media.rtp.RtpReceiver;
import io.holdslayer.media.rtp.RtpSession;
import io.holdslayer.media.tap.AnalysisTap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pure-Java media engine: owns the port allocator, the receiver thread, the media clock and the worker pool,
 * and runs every leg operation. The work a caller can do itself (binding ports, SDP, creating a recorder) runs
 * on the caller's thread with thread-safe structures; changes to what the clock iterates (legs, bridges, taps,
 * players) are queued for the clock thread without waiting ({@link MediaClock#execute}), in call order, so when
 * a method returns its effect is in place for the next tick and the caller never waits for the clock.
 * {@link #close()} stops every thread and closes every socket.
 */
public final class MediaEngine implements AutoCloseable {

    private final EngineSettings settings;
    private final MediaEventSink events;
    private final PortAllocator ports;
    private final ExecutorService workers;
    private final RtpReceiver receiver;
    private final MediaClock clock;
    private final Map<String, MediaLeg> legs = new ConcurrentHashMap<>();
    private final TickWork work;
    private final AtomicLong legCounter = new AtomicLong();

    public MediaEngine(EngineSettings settings, MediaEventSink events, ThreadFactory threads) throws IOException {
        this.settings = settings;
        this.events = events;
        this.ports = new PortAllocator(settings.bindAddress(), settings.rtpPortMin(), settings.rtpPortMax());
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workerThreads()), named(threads, "worker"));
        this.receiver = new RtpReceiver(threads);
        this.work = new TickWork();
        this.clock = new MediaClock(work);
        clock.start(threads);
    }

    /** Daemon threads named after their role, for tests and the benchmark. */
    public static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "holdslayer-media");
            thread.setDaemon(true);
            return thread;
        };
    }

    private static ThreadFactory named(ThreadFactory threads, String role) {
        AtomicLong counter = new AtomicLong();
        return runnable -> {
            Thread thread = threads.newThread(runnable);
            thread.setName("holdslayer-media-" + role + "-" + counter.incrementAndGet());
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }

    public String openLeg(String callId, LegRole role) throws IOException {
        if (callId == null || callId.isBlank() || role == null) {
            throw new IllegalArgumentException("a leg needs a call id and a role");
        }
        PortAllocator.PortPair pair = ports.allocate();
        String id = callId + "/" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + legCounter.incrementAndGet();
        RtpSession session = new RtpSession(pair, "holdslayer-" + id);
        MediaLeg leg = new MediaLeg(id, callId, role, session, settings, events);
        legs.put(id, leg);
        receiver.register(pair.rtp(), leg::rtp);
        receiver.register(pair.rtcp(), (buffer, length, source, arrival) ->
                session.acceptRtcp(buffer, length, System.currentTimeMillis()));
        clock.execute(() -> work.add(leg));
        if (role == LegRole.COMPANY && settings.monitorCompanyLegs()) {
            monitor(id);
        }
        if (role == LegRole.COMPANY && settings.autoRecord() != RecordingMode.OFF) {
            startRecording(callId, settings.autoRecord());
        }
        return id;
    }

    public String createOffer(String legId) {
        return leg(legId).negotiation.offer();
    }

    public String answerOffer(String legId, String remoteSdp) throws SdpNotAcceptableException {
        MediaLeg leg = leg(legId);
        String answer = leg.negotiation.answer(remoteSdp);
        applyRemote(leg);
        return answer;
    }

    public void acceptAnswer(String legId, String remoteSdp) throws SdpNotAcceptableException {
        MediaLeg leg = leg(legId);
        leg.negotiation.acceptAnswer(remoteSdp);
        applyRemote(leg);
    }

    private static void applyRemote(MediaLeg leg) {
        LegNegotiation.Agreed agreed = leg.negotiation.agreed();
        if (agreed.remote() != null) {
            leg.session.remote(agreed.remote(), agreed.remoteRtcp());
        }
    }

    public void bridge(String legId, String otherLegId) {
        MediaLeg leg = leg(legId);
        MediaLeg other = leg(otherLegId);
        if (leg == other) {
            throw new IllegalArgumentException("cannot bridge leg " + legId + " with itself");
        }
        clock.execute(() -> work.bridge(leg, other));
    }

    public void unbridge(String legId) {
        MediaLeg leg = leg(legId);
        clock.execute(() -> work.unbridge(leg));
    }

    /** Connects a source (tone, prompt) to a leg: the leg's peer hears it mixed with anything bridged. */
    public void play(String legId, FrameSource source) {
        MediaLeg leg = leg(legId);
        clock.execute(() -> work.play(leg, source));
    }

    /** Plays a WAV file (decoded and resampled to 8 kHz by the audio module) to a leg. */
    public void playFile(String legId, Path wavFile, boolean loop) throws IOException {
        MediaLeg leg = leg(legId);
        short[] samples = AudioFiles.read(wavFile).samples();
        clock.execute(() -> work.play(leg, new FilePlayer(samples, loop)));
    }

    /** Disconnects every player from a leg; legs it is bridged with stay. */
    public void stopPlaying(String legId) {
        MediaLeg leg = leg(legId);
        clock.execute(() -> work.stopPlaying(leg));
    }

    public void sendDtmf(String legId, String digits) {
        DtmfDigits.validate(digits);
        MediaLeg leg = leg(legId);
        clock.execute(() -> leg.sendDtmf(digits));
    }

    public void monitor(String legId) {
        MediaLeg leg = leg(legId);
        AnalysisTap tap = new AnalysisTap(leg.callId, leg.id, leg.role, workers, events::publish, leg::heardByTap);
        clock.execute(() -> work.monitor(leg, tap));
    }

    public void closeLeg(String legId) {
        MediaLeg leg = legId == null ? null : legs.remove(legId);
        if (leg == null) {
            return;
        }
        clock.execute(() -> {
            work.remove(leg);
            ports.release(leg.session.ports());
            receiver.channelsClosed();
        });
    }

    /**
     * Starts the call's recording, or returns the file of the one already running. The file is created by the
     * recorder's worker, so the caller does no disk I/O.
     */
    public Path startRecording(String callId, RecordingMode mode) {
        if (mode == null || mode == RecordingMode.OFF) {
            throw new IllegalArgumentException("recording mode must be STEREO or MONO");
        }
        String safe = callId.replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = settings.recordingDirectory().resolve(safe + "-" + System.currentTimeMillis() + ".wav");
        CallRecorder running = work.recorder(callId);
        if (running != null) {
            return running.file();
        }
        CallRecorder fresh = new CallRecorder(file, mode, workers, () -> events.publish(MediaEvent.of(
                MediaEventType.RECORDING_STOPPED, callId, "", LegRole.COMPANY, 0, file.toString(), "recorder", 1)));
        CallRecorder started = work.record(callId, fresh);
        if (started == fresh) {
            events.publish(MediaEvent.of(MediaEventType.RECORDING_STARTED, callId, "", LegRole.COMPANY, 0,
                    file.toString(), "recorder", 1));
        }
        return started.file();
    }

    public void stopRecording(String callId) {
        clock.execute(() -> work.stopRecording(callId));
    }

    public LegStatistics statistics(String legId) {
        return leg(legId).statistics();
    }

    public int localPort(String legId) {
        return leg(legId).session.localPort();
    }

    /** Frames the analysis taps had to drop because their worker fell behind, over all open legs. */
    public long tapFramesDropped() {
        return legs.values().stream().mapToLong(leg -> leg.tap() == null ? 0 : leg.tap().droppedFrames()).sum();
    }

    /** Frames the analysis taps analysed, over all open legs. */
    public long tapFramesAnalysed() {
        return legs.values().stream().mapToLong(leg -> leg.tap() == null ? 0 : leg.tap().analysedFrames()).sum();
    }

    public MediaClock clock() {
        return clock;
    }

    public int legCount() {
        return legs.size();
    }

    public int portsInUse() {
        return ports.inUse();
    }

    private MediaLeg leg(String legId) {
        MediaLeg leg = legId == null ? null : legs.get(legId);
        if (leg == null) {
            throw new IllegalArgumentException("no open media leg " + legId);
        }
        return leg;
    }

    private static void await(java.util.concurrent.Future<Void> change) {
        try {
            change.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the media clock", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the media clock did not take the change within 5 s", e);
        }
    }

    @Override
    public void close() {
        for (String id : legs.keySet()) {
            closeLeg(id);
        }
        await(clock.submit(work::closeAll));
        clock.stop();
        receiver.stop();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
