package io.holdslayer.tests.demo;

import java.util.Locale;

/**
 * How long each phase of the demo call took, in seconds (NaN when an event is missing).
 *
 * @param menu     connected → hold detected: getting through the menu
 * @param hold     hold detected → human detected
 * @param detect   the agent's first words (the company simulator's log) → human detected
 * @param transfer human detected → the phone bridged (TRANSFER_COMPLETE)
 * @param total    call started → the phone bridged
 */
record DemoSummary(double menu, double hold, double detect, double transfer, double total) {

    /** What a person reads. */
    String table() {
        return String.join("\n",
                row("time in menu", menu, "connected → hold detected"),
                row("time on hold", hold, "hold detected → human detected"),
                row("time to detect", detect, "the agent's first words → HUMAN_DETECTED"),
                row("transfer time", transfer, "human detected → your phone bridged"),
                row("total", total, "call placed → your phone bridged"));
    }

    /** One line for scripts: {@code DEMO call=… status=… menu_s=… hold_s=… detect_s=… transfer_s=… total_s=…}. */
    String machineLine(String callId, String status) {
        return "DEMO call=" + callId + " status=" + status + " menu_s=" + value(menu) + " hold_s=" + value(hold)
                + " detect_s=" + value(detect) + " transfer_s=" + value(transfer) + " total_s=" + value(total);
    }

    private static String row(String name, double seconds, String meaning) {
        return String.format(Locale.ROOT, "    %-15s %8s s   %s", name, value(seconds), meaning);
    }

    private static String value(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, "%.2f", seconds);
    }
}
