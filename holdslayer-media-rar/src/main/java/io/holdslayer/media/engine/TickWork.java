package io.holdslayer.media.engine;

import io.holdslayer.api.media.LegRole;
import io.holdslayer.media.mixer.ConferenceBridge;
import io.holdslayer.media.mixer.FrameSource;
import io.holdslayer.media.mixer.MediaClock;
import io.holdslayer.media.record.CallRecorder;
import io.holdslayer.media.tap.AnalysisTap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clock does every 20 ms, and the structures it walks: play out every leg's received audio, hand the
 * call's company and user audio to its recorder, mix every bridge, transmit every leg. Everything here except
 * the recorders is touched by the clock thread only (changes arrive as clock commands); recorders are added
 * by callers' threads directly (a concurrent map the tick reads) and removed on the clock thread.
 */
final class TickWork implements MediaClock.Tick {

    private static final short[] SILENCE = new short[160];

    private final List<MediaLeg> legs = new ArrayList<>();
    private final Map<String, MediaLeg[]> legsOfCall = new HashMap<>();
    private final Map<MediaLeg, ConferenceBridge> bridgeOf = new HashMap<>();
    private final List<ConferenceBridge> bridges = new ArrayList<>();
    private final Map<String, CallRecorder> recorders = new ConcurrentHashMap<>();

    @Override
    public int run(long tickIndex) {
        long now = System.nanoTime();
        for (int i = 0; i < legs.size(); i++) {
            legs.get(i).playout(now);
        }
        for (Map.Entry<String, CallRecorder> entry : recorders.entrySet()) {
            MediaLeg[] call = legsOfCall.get(entry.getKey());
            MediaLeg company = call == null ? null : call[LegRole.COMPANY.ordinal()];
            MediaLeg device = call == null ? null : call[LegRole.DEVICE.ordinal()];
            entry.getValue().capture(company == null ? SILENCE : company.received(),
                    device == null ? SILENCE : device.received());
        }
        for (int i = 0; i < bridges.size(); i++) {
            bridges.get(i).mix();
        }
        for (int i = 0; i < legs.size(); i++) {
            legs.get(i).transmit(tickIndex);
        }
        return legs.size();
    }

    void add(MediaLeg leg) {
        legs.add(leg);
        legsOfCall.computeIfAbsent(leg.callId, id -> new MediaLeg[LegRole.values().length])[leg.role.ordinal()] = leg;
    }

    void remove(MediaLeg leg) {
        leg.removed = true;
        unbridge(leg);
        legs.remove(leg);
        leg.session.sendBye(System.currentTimeMillis());
        if (leg.tap() != null) {
            leg.tap().close();
        }
        MediaLeg[] call = legsOfCall.get(leg.callId);
        if (call != null && call[leg.role.ordinal()] == leg) {
            call[leg.role.ordinal()] = null;
        }
        if (call != null && java.util.Arrays.stream(call).allMatch(java.util.Objects::isNull)) {
            legsOfCall.remove(leg.callId);
            stopRecording(leg.callId);
        }
    }

    void bridge(MediaLeg leg, MediaLeg other) {
        if (leg.removed || other.removed) {
            return;
        }
        unbridge(leg);
        unbridge(other);
        ConferenceBridge bridge = new ConferenceBridge();
        bridge.join(leg, leg);
        bridge.join(other, other);
        bridgeOf.put(leg, bridge);
        bridgeOf.put(other, bridge);
        bridges.add(bridge);
    }

    void unbridge(MediaLeg leg) {
        ConferenceBridge bridge = bridgeOf.remove(leg);
        if (bridge == null) {
            return;
        }
        bridge.leave(leg);
        dissolveIfIdle(bridge);
    }

    /** A bridge with fewer than two members, or with players but no leg left, has nothing to do. */
    private void dissolveIfIdle(ConferenceBridge bridge) {
        boolean legLeft = bridge.members().stream().anyMatch(member -> member instanceof MediaLeg);
        if (bridge.size() < 2 || !legLeft) {
            bridge.members().forEach(bridgeOf::remove);
            bridges.remove(bridge);
        }
    }

    void play(MediaLeg leg, FrameSource source) {
        if (leg.removed) {
            return;
        }
        ConferenceBridge bridge = bridgeOf.get(leg);
        if (bridge == null) {
            bridge = new ConferenceBridge();
            bridge.join(leg, leg);
            bridgeOf.put(leg, bridge);
            bridges.add(bridge);
        }
        bridge.join(source, null);
    }

    void stopPlaying(MediaLeg leg) {
        ConferenceBridge bridge = bridgeOf.get(leg);
        if (bridge == null) {
            return;
        }
        bridge.members().stream().filter(member -> !(member instanceof MediaLeg)).forEach(bridge::leave);
        dissolveIfIdle(bridge);
    }

    void monitor(MediaLeg leg, AnalysisTap tap) {
        if (!leg.removed && leg.tap() == null) {
            leg.tap(tap);
        }
    }

    /** Any thread: the call's recorder from now on, which is {@code recorder} unless one was running already. */
    CallRecorder record(String callId, CallRecorder recorder) {
        CallRecorder running = recorders.putIfAbsent(callId, recorder);
        return running == null ? recorder : running;
    }

    /** Any thread. */
    CallRecorder recorder(String callId) {
        return recorders.get(callId);
    }

    void stopRecording(String callId) {
        CallRecorder recorder = recorders.remove(callId);
        if (recorder != null) {
            recorder.close();
        }
    }

    void closeAll() {
        new ArrayList<>(legs).forEach(this::remove);
        new ArrayList<>(recorders.keySet()).forEach(this::stopRecording);
    }
}
