package io.holdslayer.application.call;

import io.holdslayer.api.call.CallMode;
import io.holdslayer.api.call.CallStatus;
import io.holdslayer.domain.model.call.CallRecord;
import io.holdslayer.domain.model.call.CallRecordRepository;
import io.holdslayer.domain.model.call.Speaker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes what happens to a call into its record, one transaction per fact, so a crash loses nothing written. */
@Stateless
public class CallRecords {

    @Inject
    CallRecordRepository records;

    public void create(String id, String number, CallMode mode, String intent, String device, Long flowId, Instant at) {
        CallRecord record = new CallRecord(id, number, mode, intent, at);
        record.assignDevice(device);
        record.followFlow(flowId);
        records.store(record);
    }

    public void advance(String id, CallStatus status, Instant at) {
        live(id).ifPresent(record -> {
            record.advanceTo(status, at);
            records.store(record);
        });
    }

    public void humanDetected(String id, Instant at) {
        live(id).ifPresent(record -> {
            record.humanDetected(at);
            records.store(record);
        });
    }

    public void classify(String id, String label, double confidence, Instant at) {
        records.find(id).ifPresent(record -> record.classify(label, confidence, at));
    }

    public void transcript(String id, Speaker speaker, String text, Instant at) {
        records.find(id).ifPresent(record -> record.addTranscript(speaker, text, null, at));
    }

    public void followFlow(String id, Long flowId) {
        records.find(id).ifPresent(record -> record.followFlow(flowId));
    }

    public void assignDevice(String id, String device) {
        records.find(id).ifPresent(record -> record.assignDevice(device));
    }

    public void end(String id, CallStatus status, String reason, Instant at) {
        live(id).ifPresent(record -> {
            record.end(status, reason, at);
            records.store(record);
        });
    }

    /** Ends every record left live (by a crash or a stop): bridged calls ended, the others failed. */
    public int closeUnfinished(String reason, Instant at) {
        List<CallRecord> unfinished = records.unfinished();
        for (CallRecord record : unfinished) {
            record.end(record.status() == CallStatus.BRIDGED ? CallStatus.ENDED : CallStatus.FAILED, reason, at);
            records.store(record);
        }
        return unfinished.size();
    }

    public Optional<CallRecord> find(String id) {
        return records.find(id);
    }

    /** The call as the API shows it, read with its transcript and classifications. */
    public Optional<CallView> view(String id) {
        return records.find(id).map(CallViews::of);
    }

    /** A page of the history, most recent first, with each call's transcript and classifications. */
    public HistoryPage history(HistoryQuery query) {
        CallRecordRepository.Page page = records.search(query.number(), query.status(), query.mode(), query.from(),
                query.to(), query.page() * query.size(), query.size());
        return new HistoryPage(query.page(), query.size(), page.total(),
                page.records().stream().map(CallViews::of).toList());
    }

    private Optional<CallRecord> live(String id) {
        return records.find(id).filter(record -> !record.status().isFinal());
    }
}
