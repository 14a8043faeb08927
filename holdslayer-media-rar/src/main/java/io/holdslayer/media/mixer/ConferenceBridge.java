package io.holdslayer.media.mixer;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixes any number of participants on the media clock: each participant's sink hears the saturated sum of all
 * other participants' sources (never its own). A participant may be only a source (a tone or prompt player)
 * or only a sink (a recorder or an analysis tap, which then hears everyone). Used from the clock thread only.
 */
public final class ConferenceBridge {

    private static final int FRAME = 160;

    private final List<Participant> participants = new ArrayList<>();
    private final int[] total = new int[FRAME];
    private final short[] out = new short[FRAME];

    private static final class Participant {
        final FrameSource source;
        final FrameSink sink;
        final short[] in = new short[FRAME];
        boolean heard;

        Participant(FrameSource source, FrameSink sink) {
            this.source = source;
            this.sink = sink;
        }
    }

    /** Adds a participant; either side may be null. */
    public void join(FrameSource source, FrameSink sink) {
        participants.add(new Participant(source, sink));
    }

    /** Removes the participant whose source or sink is this object. */
    public void leave(Object member) {
        participants.removeIf(p -> p.source == member || p.sink == member);
    }

    public boolean contains(Object member) {
        return participants.stream().anyMatch(p -> p.source == member || p.sink == member);
    }

    public int size() {
        return participants.size();
    }

    /** One tick: read every source, then give every sink the mix of the others. */
    public void mix() {
        java.util.Arrays.fill(total, 0);
        for (Participant p : participants) {
            p.heard = p.source != null && p.source.read(p.in);
            if (p.heard) {
                for (int i = 0; i < FRAME; i++) {
                    total[i] += p.in[i];
                }
            }
        }
        for (Participant p : participants) {
            if (p.sink == null) {
                continue;
            }
            for (int i = 0; i < FRAME; i++) {
                out[i] = Saturation.clip(p.heard ? total[i] - p.in[i] : total[i]);
            }
            p.sink.write(out);
        }
    }

    /** The members, for inspection. */
    public List<Object> members() {
        List<Object> members = new ArrayList<>();
        participants.forEach(p -> members.add(p.source != null ? p.source : p.sink));
        return members;
    }
}
