package io.holdslayer.application.call;

import io.holdslayer.api.call.CallControlException;
import io.holdslayer.api.call.CallControlException.Reason;
import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.api.event.EventType;
import io.holdslayer.api.event.GatewayEvent;
import io.holdslayer.api.event.JsonPayloads;
import io.holdslayer.api.media.MediaEvent;
import io.holdslayer.application.ai.AiUnavailableException;
import io.holdslayer.application.ai.MenuChooser;
import io.holdslayer.application.ai.SpeechToText;
import io.holdslayer.application.event.EventPublisher;
import io.holdslayer.application.event.PublishedEvent;
import io.holdslayer.application.flow.CallFlowCatalog;
import io.holdslayer.application.flow.FlowJson;
import io.holdslayer.application.flow.FlowNode;
import io.holdslayer.application.flow.InvalidFlowException;
import io.holdslayer.application.holdslayer.HoldSlayer;
import io.holdslayer.application.holdslayer.HoldSlayerPlan;
import io.holdslayer.application.notify.Notifications;
import io.holdslayer.application.recording.RecordingCatalog;
import io.holdslayer.domain.model.call.Speaker;
import io.holdslayer.domain.model.device.DeviceRepository;
import io.holdslayer.domain.model.flow.CallFlow;
import io.holdslayer.infrastructure.config.HoldSlayerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The gateway's live calls. A call placed here is registered (and its record written) before the SIP plane
 * sees it, so its first event finds it; calls the SIP plane starts by itself (a device dialling out, a call
 * from the trunk) are adopted from their {@code CALL_STARTED}. Every gateway event of a call, every speech
 * segment and every hold-slayer timer runs in the call's lane, one at a time and in order: statuses advance,
 * timings are stamped, audio classes and transcripts are kept (and written to the call's record), and the
 * call's {@link HoldSlayer}, if it has one, is told. When a call ends its record is closed with the reason
 * and it leaves the manager.
 */
@ApplicationScoped
public class CallManager {

    private static final Logger LOG = Logger.getLogger(CallManager.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CallRecords records;

    @Inject
    SipCalls sip;

    @Inject
    EventPublisher events;

    @Inject
    CallFlowCatalog flows;

    @Inject
    DeviceRepository devices;

    @Inject
    HoldSlayerConfig config;

    @Inject
    SpeechToText stt;

    @Inject
    MenuChooser chooser;

    @Inject
    SlayerServices services;

    @Inject
    RecordingCatalog recordings;

    @Inject
    Notifications notifications;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, ActiveCall> calls = new ConcurrentHashMap<>();
    private CallLanes lanes;

    @PostConstruct
    void init() {
        lanes = new CallLanes(executor);
    }

    /**
     * Places a call. A direct call rings the device when the company answers; a hold-slayer call follows the
     * given call flow (or the number's latest one), explores with the LLM where no flow is known, and rings the
     * device when a person answers.
     *
     * @throws CallControlException INVALID for a bad request, NOT_FOUND for an unknown device or flow, REFUSED
     *                              for a number outside the allow-list, UNAVAILABLE without a trunk
     */
    public String place(String number, CallMode mode, String intent, String device, Long flowId)
            throws CallControlException {
        if (number == null || number.isBlank()) {
            throw new CallControlException(Reason.INVALID, "number is required");
        }
        String target = device;
        HoldSlayerPlan plan = null;
        if (mode != CallMode.DIRECT) {
            if (intent == null || intent.isBlank()) {
                throw new CallControlException(Reason.INVALID, "intent is required for a " + mode.name().toLowerCase() + " call");
            }
            target = device != null ? device : config.defaultDevice().orElseThrow(() -> new CallControlException(
                    Reason.INVALID, "device is required (or set " + HoldSlayerConfig.DEFAULT_DEVICE + ")"));
            plan = plan(number.trim(), mode, intent.trim(), flowId);
        }
        if (target != null && devices.find(target).isEmpty()) {
            throw new CallControlException(Reason.NOT_FOUND, "no device account '" + target + "'");
        }
        String id = UUID.randomUUID().toString();
        ActiveCall call = new ActiveCall(id, number.trim(), mode, intent, target, plan == null ? null : plan.flowId(),
                clock.instant());
        if (plan != null) {
            call.slayer = new HoldSlayer(plan, new SlayerPorts(call, this), config.settings(), clock);
            call.uses(plan.flow() != null ? "flow" : "llm");
        }
        calls.put(id, call);
        records.create(id, call.number, mode, intent, target, call.flowId, call.startedAt);
        try {
            sip.control().place(id, call.number, mode, target);
        } catch (CallControlException | RuntimeException e) {
            calls.remove(id);
            records.end(id, CallStatus.FAILED, "could not be placed: " + e.getMessage(), clock.instant());
            throw e;
        }
        return id;
    }

    private HoldSlayerPlan plan(String number, CallMode mode, String intent, Long flowId) throws CallControlException {
        Optional<CallFlow> flow = flowId != null ? flows.find(flowId) : flows.forNumber(number);
        if (flowId != null && flow.isEmpty()) {
            throw new CallControlException(Reason.NOT_FOUND, "no call flow " + flowId);
        }
        boolean canExplore = chooser.configured() && stt.configured();
        FlowNode root = null;
        if (flow.isPresent()) {
            try {
                root = FlowJson.readRoot(flow.get().definition());
            } catch (InvalidFlowException e) {
                throw new CallControlException(Reason.CONFLICT, "call flow " + flow.get().id() + " cannot be followed: " + e.getMessage());
            }
        } else if (!canExplore) {
            throw new CallControlException(Reason.INVALID, "no call flow is known for " + number
                    + " and exploring a menu needs an LLM and speech-to-text (holdslayer.llm.base-url, "
                    + "holdslayer.stt.base-url); add a call flow or configure both");
        }
        return new HoldSlayerPlan(number, intent, mode, flow.map(CallFlow::id).orElse(null), root, canExplore);
    }

    /** The live calls, oldest first. */
    public List<CallView> active() {
        return calls.values().stream().map(ActiveCall::view)
                .sorted(Comparator.comparing(CallView::startedAt).thenComparing(CallView::id)).toList();
    }

    /** The calls in the history (live ones as last written), most recent first. */
    public HistoryPage history(HistoryQuery query) {
        return records.history(query);
    }

    /** A live call, or an ended one from its record. */
    public Optional<CallView> find(String id) {
        ActiveCall call = calls.get(id);
        return call != null ? Optional.of(call.view()) : records.view(id);
    }

    void onPublished(@Observes PublishedEvent published) {
        GatewayEvent event = published.event();
        try {
            notifications.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warning(() -> "notification of " + event.type() + " not sent: " + e);
        }
        if (event.callId() != null && !event.callId().isEmpty()) {
            lanes.submit(event.callId(), () -> apply(event));
        }
    }

    /** A stretch of the company's speech ended (from the media plane). */
    public void speechHeard(MediaEvent segment) {
        lanes.submit(segment.callId(), () -> speech(segment));
    }

    void inLane(String callId, Runnable task) {
        lanes.submit(callId, task);
    }

    private void apply(GatewayEvent event) {
        if (event.type() == EventType.RECORDING_STARTED || event.type() == EventType.RECORDING_STOPPED) {
            recorded(event);
            return;
        }
        ActiveCall call = calls.get(event.callId());
        if (call == null) {
            if (event.type() == EventType.CALL_STARTED) {
                adopt(event);
            }
            return;
        }
        Instant at = event.timestamp();
        JsonObject payload = event.payload();
        HoldSlayer slayer = call.slayer;
        switch (event.type()) {
            case CALL_RINGING -> advance(call, CallStatus.RINGING, at);
            case CALL_CONNECTED -> {
                call.connectedAt = at;
                advance(call, CallStatus.CONNECTED, at);
                if (slayer != null) {
                    slayer.connected();
                }
            }
            case HOLD_DETECTED -> {
                if (company(payload) && call.status == CallStatus.CONNECTED) {
                    call.holdStartedAt = at;
                    advance(call, CallStatus.ON_HOLD, at);
                }
                if (company(payload) && slayer != null) {
                    slayer.holdDetected();
                }
            }
            case HUMAN_DETECTED -> {
                if (company(payload) && call.humanDetectedAt == null) {
                    call.humanDetectedAt = at;
                    records.humanDetected(call.id, at);
                }
                if (company(payload) && slayer != null) {
                    slayer.humanDetected();
                }
            }
            case AUDIO_CLASSIFIED -> {
                if (company(payload)) {
                    String label = payload.getString("detail", "");
                    double confidence = payload.getJsonNumber("confidence") == null ? 0 : payload.getJsonNumber("confidence").doubleValue();
                    call.classified(label, confidence, at);
                    records.classify(call.id, label, confidence, at);
                }
            }
            case TRANSFER_STARTED -> {
                call.device = payload.getString("device", call.device);
                advance(call, CallStatus.TRANSFERRING, at);
            }
            case TRANSFER_COMPLETE -> transferComplete(call, payload, at);
            case CALL_ENDED, CALL_FAILED -> ended(call, event);
            default -> { }
        }
    }

    private void transferComplete(ActiveCall call, JsonObject payload, Instant at) {
        boolean success = payload.getBoolean("success", false);
        if (success) {
            call.bridgedAt = at;
            advance(call, CallStatus.BRIDGED, at);
        } else if (call.status == CallStatus.TRANSFERRING && call.slayer == null) {
            // a transfer by hand that failed: the company is still on the line; a hold slayer keeps TRANSFERRING
            // while it rings the phone again, until the bridge or its last attempt
            advance(call, CallStatus.CONNECTED, at);
        }
        if (call.slayer != null) {
            call.slayer.transferCompleted(success, payload.getString("reason", ""));
        }
    }

    private void ended(ActiveCall call, GatewayEvent event) {
        String failure = call.failure;
        if (failure == null && call.slayer != null) {
            failure = call.slayer.ended();
        } else if (call.slayer != null) {
            call.slayer.ended();
        }
        String reason = failure != null ? failure : event.payload().getString("reason", "ended");
        CallStatus status = failure != null || event.type() == EventType.CALL_FAILED ? CallStatus.FAILED : CallStatus.ENDED;
        call.failure = failure;
        call.status(status);
        records.end(call.id, status, reason, event.timestamp());
        calls.remove(call.id);
        lanes.retire(call.id);
    }

    /** Recordings are catalogued whether or not the call is still live (a recording stops as its call ends). */
    private void recorded(GatewayEvent event) {
        String path = event.payload().getString("detail", "");
        try {
            if (event.type() == EventType.RECORDING_STARTED) {
                recordings.started(event.callId(), path, event.timestamp());
            } else {
                recordings.stopped(event.callId(), path, event.timestamp());
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "call " + event.callId() + ": recording " + path + " not catalogued: " + e);
        }
    }

    private void adopt(GatewayEvent event) {
        String number = event.payload().getString("number", "");
        String device = event.payload().getString("device", "");
        ActiveCall call = new ActiveCall(event.callId(), number, CallMode.DIRECT, null,
                device.isEmpty() ? null : device, null, event.timestamp());
        calls.put(call.id, call);
        records.create(call.id, number, CallMode.DIRECT, null, call.device, null, call.startedAt);
    }

    private void advance(ActiveCall call, CallStatus status, Instant at) {
        if (call.status != status && !call.status.isFinal()) {
            call.status(status);
            records.advance(call.id, status, at);
        }
    }

    private static boolean company(JsonObject payload) {
        return "COMPANY".equals(payload.getString("role", "COMPANY"));
    }

    private void speech(MediaEvent segment) {
        ActiveCall call = calls.get(segment.callId());
        if (call == null) {
            return;
        }
        double seconds = segment.audio().length / 16000.0;
        boolean transcribing = stt.configured();
        if (call.slayer != null) {
            call.slayer.speechEnded(seconds, transcribing);
        }
        if (transcribing) {
            call.uses("stt");
            byte[] audio = segment.audio();
            executor.execute(() -> {
                String text;
                try {
                    text = stt.transcribe(audio).trim();
                } catch (AiUnavailableException | RuntimeException e) {
                    LOG.info(() -> "transcription failed for call " + call.id + ": " + e.getMessage());
                    text = "";
                }
                String heard = text;
                lanes.submit(call.id, () -> transcribed(call, heard, segment.seconds()));
            });
        }
    }

    private void transcribed(ActiveCall call, String text, double seconds) {
        if (!text.isEmpty()) {
            Instant at = clock.instant();
            call.said(Speaker.COMPANY.name(), text, at);
            records.transcript(call.id, Speaker.COMPANY, text, at);
            events.publish(EventType.TRANSCRIPT_CHUNK, call.id, JsonPayloads.builder().add("speaker", "COMPANY")
                    .add("text", text).add("seconds", Math.round(seconds * 100) / 100.0).build());
        }
        if (call.slayer != null && calls.containsKey(call.id)) {
            call.slayer.transcribed(text);
        }
    }

    SlayerServices services() {
        return services;
    }

    ManagedExecutorService executor() {
        return executor;
    }

    ManagedScheduledExecutorService scheduler() {
        return scheduler;
    }

    EventPublisher events() {
        return events;
    }

    SipCalls sip() {
        return sip;
    }
}
