package io.holdslayer.audio.cli;

import io.holdslayer.audio.AudioPipeline;
import io.holdslayer.audio.classify.Segment;
import io.holdslayer.audio.hold.AudioEvent;
import io.holdslayer.audio.io.Pcm;

import java.util.List;
import java.util.Locale;

/** The result of running the pipeline over a whole recording. */
public record Analysis(String file, double durationSeconds, List<Segment> segments, List<AudioEvent> events) {

    public static Analysis of(String file, Pcm pcm) {
        AudioPipeline pipeline = new AudioPipeline();
        for (int i = 0; i < pcm.frameCount(); i++) {
            pipeline.process(pcm.frame(i));
        }
        pipeline.finish();
        return new Analysis(file, pcm.durationSeconds(), List.copyOf(pipeline.segments()), List.copyOf(pipeline.events()));
    }

    /** {@code {"file","duration_s","segments":[{"start","end","label","confidence"}],"events":[{"t","type","confidence","reason"}]}} */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"file\":").append(quote(file))
                .append(",\"duration_s\":").append(number(durationSeconds)).append(",\"segments\":[");
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            json.append(i == 0 ? "" : ",").append("{\"start\":").append(number(s.start()))
                    .append(",\"end\":").append(number(s.end()))
                    .append(",\"label\":").append(quote(s.label().id()))
                    .append(",\"confidence\":").append(number(s.confidence())).append('}');
        }
        json.append("],\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            AudioEvent e = events.get(i);
            json.append(i == 0 ? "" : ",").append("{\"t\":").append(number(e.t()))
                    .append(",\"type\":").append(quote(e.type()))
                    .append(",\"confidence\":").append(number(e.confidence()))
                    .append(",\"reason\":").append(quote(e.reason())).append('}');
        }
        return json.append("]}").toString();
    }

    /** One line per segment and per event, in time order. */
    public String toTimeline() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s (%.2f s)%n", file, durationSeconds));
        int e = 0;
        for (Segment s : segments) {
            while (e < events.size() && events.get(e).t() < s.end()) {
                appendEvent(text, events.get(e++));
            }
            text.append(String.format(Locale.ROOT, "  %8.2f – %8.2f  %-8s %.2f%n", s.start(), s.end(), s.label().id(),
                    s.confidence()));
        }
        while (e < events.size()) {
            appendEvent(text, events.get(e++));
        }
        return text.toString();
    }

    private static void appendEvent(StringBuilder text, AudioEvent event) {
        if (!event.type().equals("AUDIO_CLASSIFIED")) {
            text.append(String.format(Locale.ROOT, "  %8.2f  ▶ %s %.2f %s%n", event.t(), event.type(),
                    event.confidence(), event.reason()));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
