package io.holdslayer.audio.hold;

import io.holdslayer.audio.classify.AudioLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldMonitorTest {

    private final HoldMonitor monitor = new HoldMonitor(true);
    private final List<AudioEvent> events = new ArrayList<>();
    private int frame;

    private void feed(AudioLabel label, double seconds, long fingerprintSeed, double levelDb) {
        feed(label, 0.9, seconds, fingerprintSeed, levelDb);
    }

    private void feed(AudioLabel label, double confidence, double seconds, long fingerprintSeed, double levelDb) {
        Random fingerprints = new Random(fingerprintSeed);
        for (int i = 0; i < seconds * 50; i++) {
            int fingerprint = fingerprints.nextInt(1 << 16);
            Optional<AudioEvent> event = monitor.process(label, confidence, fingerprint, fingerprint, levelDb,
                    frame++ * 0.02, 0);
            event.ifPresent(events::add);
        }
    }

    /** Speech whose every third frame is a gap between syllables at {@code gapDb}. */
    private void feedWords(double seconds, long fingerprintSeed, double voiceDb, double gapDb) {
        Random fingerprints = new Random(fingerprintSeed);
        for (int i = 0; i < seconds * 50; i++) {
            int fingerprint = fingerprints.nextInt(1 << 16);
            double level = i % 3 == 2 ? gapDb : voiceDb;
            monitor.process(AudioLabel.SPEECH, 0.9, fingerprint, fingerprint, level, frame++ * 0.02, 0).ifPresent(events::add);
        }
    }

    private void anAnnouncementThatHasComeRound() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feed(AudioLabel.SPEECH, 4, 100, -20);
        feed(AudioLabel.MUSIC, 15, 0, -25);
        feed(AudioLabel.SPEECH, 4, 100, -20);
        feed(AudioLabel.MUSIC, 15, 0, -25);
    }

    private List<String> types() {
        return events.stream().map(AudioEvent::type).toList();
    }

    @Test
    void ivrPromptsWithPausesBeforeHoldNeverMakeAHuman() {
        for (int i = 0; i < 5; i++) {
            feed(AudioLabel.SPEECH, 3, i, -20);
            feed(AudioLabel.SILENCE, 3, 0, -70);
        }
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void threeSecondsOfMusicIsHoldAndDeadAirIsNeverAHuman() {
        feed(AudioLabel.MUSIC, 5, 0, -25);
        feed(AudioLabel.SILENCE, 30, 0, -70);

        assertEquals(List.of("HOLD_DETECTED"), types());
        assertEquals(3.0, events.get(0).t(), 0.05);
    }

    @Test
    void aRepeatedAnnouncementIsTheLoopAndAGreetingAfterTheMusicStopsIsAPerson() {
        anAnnouncementThatHasComeRound();
        assertEquals(List.of("HOLD_DETECTED"), types(), "the announcement came round again: no human");

        feed(AudioLabel.SILENCE, 0.4, 0, -70);
        double onset = frame * 0.02;
        feed(AudioLabel.SPEECH, 3, 999, -20);

        assertEquals(List.of("HOLD_DETECTED", "HUMAN_DETECTED"), types());
        double latency = events.get(1).t() - onset;
        assertTrue(latency <= 1.0, "fast path after the loop is known: " + latency);
        assertTrue(events.get(1).reason().contains("not in the hold loop"));
    }

    @Test
    void beforeTheLoopIsKnownAGreetingThenAWaitingPauseIsAPerson() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feed(AudioLabel.SPEECH, 2.5, 5, -20);
        feed(AudioLabel.SILENCE, 1.5, 0, -70);

        assertEquals(List.of("HOLD_DETECTED", "HUMAN_DETECTED"), types());
        assertTrue(events.get(1).reason().contains("pause"));
    }

    @Test
    void anAnnouncementFollowedByAQuietPassageOfMusicIsNotAPersonWaiting() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feed(AudioLabel.SPEECH, 2.5, 5, -20);
        for (int i = 0; i < 15; i++) {
            feed(AudioLabel.SILENCE, 0.1, 0, -52);
            feed(AudioLabel.SILENCE, 0.2, 0, -75);
        }
        assertEquals(List.of("HOLD_DETECTED"), types());
    }

    @Test
    void deadAirAfterARepeatedAnnouncementOverMusicIsNeverAPerson() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feed(AudioLabel.SPEECH, 3, 5, -20);
        feed(AudioLabel.MUSIC, 15, 0, -25);
        feed(AudioLabel.SPEECH, 3, 5, -20);
        feed(AudioLabel.SILENCE, 20, 0, -100);

        assertEquals(List.of("HOLD_DETECTED"), types());
    }

    @Test
    void thereIsOnlyOneHumanVerdict() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        for (int i = 0; i < 3; i++) {
            feed(AudioLabel.SPEECH, 2, 10 + i, -20);
            feed(AudioLabel.SILENCE, 2, 0, -70);
        }
        assertEquals(1, types().stream().filter("HUMAN_DETECTED"::equals).count());
    }

    @Test
    void inAHoldThatSpeaksOverItsMusicAVoiceWithNothingUnderItIsAPersonBeforeItPauses() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feedWords(3, 100, -20, -36);
        feed(AudioLabel.MUSIC, 15, 0, -25);
        feedWords(3, 200, -20, -35);
        feed(AudioLabel.MUSIC, 5, 0, -25);
        assertEquals(List.of("HOLD_DETECTED"), types(), "two announcements over music, neither a person");

        feed(AudioLabel.SILENCE, 0.4, 0, -70);
        double onset = frame * 0.02;
        feedWords(4, 999, -20, -75);

        assertEquals(List.of("HOLD_DETECTED", "HUMAN_DETECTED"), types());
        assertTrue(events.get(1).reason().contains("music bed"), events.get(1).reason());
        assertTrue(events.get(1).t() - onset <= 1.2, "decided after a second of speech, without a pause");
    }

    @Test
    void withOnlyOneAnnouncementHeardTheGapsDecideNothing() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feedWords(3, 100, -20, -36);
        feed(AudioLabel.MUSIC, 5, 0, -25);
        feed(AudioLabel.SILENCE, 0.4, 0, -70);
        feedWords(4, 999, -20, -75);

        assertEquals(List.of("HOLD_DETECTED"), types(), "one recording is too little to know the hold's sound");
    }

    @Test
    void whenTheHoldsOwnAnnouncementsHadDeepGapsDeepGapsSayNothing() {
        feed(AudioLabel.MUSIC, 10, 0, -25);
        feedWords(3, 100, -20, -36);
        feed(AudioLabel.MUSIC, 15, 0, -25);
        feedWords(3, 200, -20, -80);
        feed(AudioLabel.MUSIC, 5, 0, -25);
        feed(AudioLabel.SILENCE, 0.4, 0, -70);
        feedWords(4, 300, -20, -80);

        assertEquals(List.of("HOLD_DETECTED"), types(), "a hold with deep-gapped recordings: no verdict without a pause");
    }

    @Test
    void onceTheLoopIsKnownSpeechHeardOnlyHalfClearlyDoesNotTakeTheFastPath() {
        anAnnouncementThatHasComeRound();
        feed(AudioLabel.SILENCE, 0.4, 0, -70);

        feed(AudioLabel.SPEECH, 0.6, 1.5, 999, -20);
        assertEquals(List.of("HOLD_DETECTED"), types(), "music the voice detector half takes for speech");

        feed(AudioLabel.MUSIC, 2, 0, -25);
        feed(AudioLabel.SILENCE, 0.4, 0, -70);
        feed(AudioLabel.SPEECH, 0.9, 1.5, 998, -20);
        assertEquals(List.of("HOLD_DETECTED", "HUMAN_DETECTED"), types(), "a voice heard clearly");
    }
}
