package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.event.EventType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrunkReachabilityTest {

    @Test
    void theFirstAnswerAnnouncesTheTrunkAndRepeatedAnswersAnnounceNothing() {
        TrunkReachability reachability = new TrunkReachability();
        assertEquals(EventType.TRUNK_REGISTERED, reachability.answered(1));
        assertNull(reachability.answered(2));
        assertEquals(TrunkReachability.State.REACHABLE, reachability.state());
    }

    @Test
    void losingTheTrunkIsAnnouncedOnceAndItsReturnAgain() {
        TrunkReachability reachability = new TrunkReachability();
        reachability.answered(1);
        assertEquals(EventType.TRUNK_FAILED, reachability.unanswered(2));
        assertNull(reachability.unanswered(3), "each further timeout is the same outage");
        assertEquals(EventType.TRUNK_REGISTERED, reachability.answered(5));
    }

    @Test
    void aTimeoutOfAKeepaliveSentBeforeOneThatWasAnsweredIsStale() {
        TrunkReachability reachability = new TrunkReachability();
        reachability.unanswered(1);
        reachability.answered(5);
        assertNull(reachability.unanswered(4), "sent while the trunk was away, timed out after it came back");
        assertEquals(TrunkReachability.State.REACHABLE, reachability.state());
        assertEquals(EventType.TRUNK_FAILED, reachability.unanswered(6));
    }

    @Test
    void aTrunkThatNeverAnsweredFailsOnItsFirstTimeout() {
        TrunkReachability reachability = new TrunkReachability();
        assertEquals(EventType.TRUNK_FAILED, reachability.unanswered(1));
        assertEquals(TrunkReachability.State.UNREACHABLE, reachability.state());
    }
}
