package io.holdslayer.media.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** The longest stop-the-world collection since the last reset (concurrent cycles are not pauses). */
final class GcPauses {

    private volatile long maxMillis;

    GcPauses() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        if (!info.getGcName().contains("Concurrent")) {
                            maxMillis = Math.max(maxMillis, info.getGcInfo().getDuration());
                        }
                    }
                }, null, null);
            }
        }
    }

    long maxMillisAndReset() {
        long max = maxMillis;
        maxMillis = 0;
        return max;
    }
}
