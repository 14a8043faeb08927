package io.holdslayer.simulator;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pjsip.pjsua2.AudioMedia;
import org.pjsip.pjsua2.AudioMediaPlayer;
import org.pjsip.pjsua2.CallOpParam;
import org.pjsip.pjsua2.pjsip_status_code;

/**
 * Walks one answered call through its company's scenario. Everything here runs on the simulator's single
 * scenario thread: pjsua2 callbacks only hand events over.
 *
 * <p>The call enters the start node when its audio is up. A menu plays its prompts, then waits {@code timeout}
 * seconds for a digit; silence replays it until {@code repeat} rounds are done (never, for 0) and then takes its
 * {@code next} node, or hangs up without one. A digit that is an option leaves the menu at once, cutting the prompt
 * (barge-in); any other digit replays it. A hold plays its prompts, then looping music, pauses it for the announcement every
 * {@code announce.every} seconds, and after {@code duration} seconds goes to its next node. An agent says the
 * greeting and listens {@code stay} seconds before hanging up (forever when negative). A hang-up node plays its
 * prompts and sends BYE. Each scheduled step carries the generation it was scheduled in; entering a node or a
 * barge-in starts a new generation, so the steps of what was interrupted do nothing.
 */
final class CallScript {

    private final CompanyCall call;
    private final Scenario scenario;
    private final CallLog log;
    private final Sounds sounds;
    private final ScheduledExecutorService clock;
    private final CallAudio audio;
    private int generation;
    private Node node;
    private int round;
    private boolean companyHangsUp;
    private boolean finished;

    CallScript(CompanyCall call, Scenario scenario, CallLog log, Sounds sounds, ScheduledExecutorService clock,
               Path recording) {
        this.call = call;
        this.scenario = scenario;
        this.log = log;
        this.sounds = sounds;
        this.clock = clock;
        this.audio = new CallAudio(recording);
    }

    void mediaReady(AudioMedia media) throws Exception {
        if (finished) {
            return;
        }
        if (audio.attach(media)) {
            enter(scenario.start());
        }
    }

    void digit(String digit, String method, String contentType) throws Exception {
        if (node == null || finished) {
            log.event("digit", "digit", digit, "method", method, "contentType", contentType, "accepted", false);
            return;
        }
        String next = node.kind() == NodeKind.MENU ? node.options().get(digit) : null;
        log.event("digit", "digit", digit, "method", method, "contentType", contentType, "node", node.id(),
                "accepted", next != null, "next", next);
        if (next != null) {
            enter(next);
        } else if (node.kind() == NodeKind.MENU) {
            replay();
        }
    }

    void disconnected(int status, String reason) throws Exception {
        if (finished) {
            return;
        }
        finished = true;
        generation++;
        log.event("hung-up", "by", companyHangsUp ? "company" : "caller", "status", status, "reason", reason,
                "node", node == null ? null : node.id());
        try {
            audio.close();
        } finally {
            log.close();
        }
    }

    private void enter(String id) throws Exception {
        audio.stopAll();
        generation++;
        node = scenario.node(id);
        round = 0;
        log.event("node", "node", id, "kind", node.kind().name().toLowerCase());
        switch (node.kind()) {
            case MENU -> play(node.prompts(), this::menuWaits);
            case HOLD -> play(node.prompts(), this::hold);
            case AGENT -> {
                log.event("agent-answered", "node", id);
                play(node.prompts(), this::agentListens);
            }
            case HANGUP -> play(node.prompts(), () -> hangUp("scenario"));
        }
    }

    private void replay() throws Exception {
        audio.stopAll();
        generation++;
        play(node.prompts(), this::menuWaits);
    }

    private void menuWaits() {
        later(node.timeout(), () -> {
            round++;
            log.event("menu-timeout", "node", node.id(), "round", round);
            if (node.repeat() <= 0 || round < node.repeat()) {
                play(node.prompts(), this::menuWaits);
            } else if (node.next() != null) {
                enter(node.next());
            } else {
                hangUp("no choice made");
            }
        });
    }

    /** An agent who hears nobody answer speaks again (its announcement) every so often, as people do. */
    private void agentListens() {
        if (node.announcement() != null && node.announceEvery() > 0) {
            announceLater(node, null);
        }
        if (node.stay() >= 0) {
            later(node.stay(), () -> hangUp("agent done"));
        }
    }

    private void hold() throws Exception {
        Node hold = node;
        log.event("hold-started", "node", hold.id(), "music", hold.music() == null ? null : hold.music().source(),
                "seconds", hold.duration());
        AudioMediaPlayer music = hold.music() == null ? null : audio.play(sounds.file(hold.music()), true);
        if (hold.announcement() != null && hold.announceEvery() > 0) {
            announceLater(hold, music);
        }
        later(hold.duration(), () -> {
            log.event("hold-ended", "node", hold.id());
            if (hold.next() != null) {
                enter(hold.next());
            } else {
                hangUp("hold ended");
            }
        });
    }

    private void announceLater(Node hold, AudioMediaPlayer music) {
        later(hold.announceEvery(), () -> {
            Path wav = sounds.file(hold.announcement());
            if (music != null) {
                audio.mute(music, true);
            }
            AudioMediaPlayer announcement = audio.play(wav, false);
            log.event("announcement", "node", hold.id(), "sound", hold.announcement().source(),
                    "text", hold.announcement().text(), "ms", sounds.millis(wav));
            laterMillis(sounds.millis(wav), () -> {
                audio.stop(announcement);
                if (music != null) {
                    audio.mute(music, false);
                }
                announceLater(hold, music);
            });
        });
    }

    /** Plays the prompts one after the other, then runs {@code then}. */
    private void play(List<Prompt> prompts, Step then) throws Exception {
        if (prompts.isEmpty()) {
            then.run();
            return;
        }
        Prompt prompt = prompts.get(0);
        Path wav = sounds.file(prompt);
        AudioMediaPlayer player = audio.play(wav, false);
        log.event("prompt", "node", node.id(), "sound", prompt.source(), "text", prompt.text(),
                "ms", sounds.millis(wav));
        laterMillis(sounds.millis(wav), () -> {
            audio.stop(player);
            play(prompts.subList(1, prompts.size()), then);
        });
    }

    private void hangUp(String reason) throws Exception {
        audio.stopAll();
        generation++;
        companyHangsUp = true;
        log.event("hangup", "by", "company", "reason", reason, "node", node.id());
        CallOpParam param = new CallOpParam(true);
        param.setStatusCode(pjsip_status_code.PJSIP_SC_OK);
        call.hangup(param);
    }

    private void later(double seconds, Step step) {
        laterMillis(Math.round(seconds * 1000), step);
    }

    private void laterMillis(long millis, Step step) {
        int scheduledIn = generation;
        clock.schedule(() -> {
            if (scheduledIn == generation && !finished) {
                try {
                    step.run();
                } catch (Exception e) {
                    log.event("error", "message", String.valueOf(e));
                }
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }
}
