package io.holdslayer.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.pjsip.pjsua2.Account;
import org.pjsip.pjsua2.CallOpParam;
import org.pjsip.pjsua2.OnIncomingCallParam;
import org.pjsip.pjsua2.SipHeader;
import org.pjsip.pjsua2.pjsip_status_code;

/**
 * The trunk side of the companies: one pjsua2 account (no registration) that takes every INVITE, looks up the
 * scenario of the dialled number, and answers as that company's line does: 404 for an unknown number, 407 when the
 * company demands credentials the INVITE does not prove, 486 when busy, ringing without end, or ringing and then
 * 200 OK with the scenario's call flow. Each INVITE gets a log {@code call-N.jsonl} and, when answered, a recording
 * {@code call-N.wav} of what the company heard.
 */
final class CompanyLine extends Account {

    private final Map<String, Scenario> scenarios;
    private final Sounds sounds;
    private final Scheduler scheduler;
    private final Path dir;
    private final DigestChallenge challenge = new DigestChallenge();
    private final AtomicInteger calls = new AtomicInteger();

    CompanyLine(Map<String, Scenario> scenarios, Sounds sounds, Scheduler scheduler, Path dir) {
        this.scenarios = scenarios;
        this.sounds = sounds;
        this.scheduler = scheduler;
        this.dir = dir;
    }

    @Override
    public void onIncomingCall(OnIncomingCallParam param) {
        CompanyCall call = new CompanyCall(this, param.getCallId(), scheduler);
        scheduler.keep(call);
        String invite = param.getRdata().getWholeMsg();
        String source = param.getRdata().getSrcAddress();
        scheduler.run(() -> receive(call, invite, source));
    }

    private void receive(CompanyCall call, String invite, String source) throws Exception {
        int index = calls.incrementAndGet();
        String number = Sip.dialledUser(invite);
        CallLog log = new CallLog(dir.resolve("call-" + index + ".jsonl"));
        call.log = log;
        log.event("incoming", "number", number, "source", source, "from", Sip.header(invite, "From", "f"),
                "callId", Sip.header(invite, "Call-ID", "i"));
        Scenario scenario = scenarios.get(number);
        if (scenario == null) {
            reject(call, pjsip_status_code.PJSIP_SC_NOT_FOUND, "no such number", null);
        } else if (scenario.demandsAuth() && !challenge.admits(invite, scenario.authUser(), scenario.authPassword())) {
            reject(call, pjsip_status_code.PJSIP_SC_PROXY_AUTHENTICATION_REQUIRED, "credentials needed",
                    challenge.proxyAuthenticate());
        } else {
            switch (scenario.answer()) {
                case BUSY -> reject(call, pjsip_status_code.PJSIP_SC_BUSY_HERE, "busy", null);
                case NO_ANSWER -> ring(call, log);
                case ANSWER -> {
                    ring(call, log);
                    Path recording = dir.resolve("call-" + index + ".wav");
                    CallScript script = new CallScript(call, scenario, log, sounds, scheduler.clock(), recording);
                    scheduler.clock().schedule(() -> scheduler.run(() -> answer(call, script, scenario, recording)),
                            Math.round(scenario.ringSeconds() * 1000), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void ring(CompanyCall call, CallLog log) throws Exception {
        CallOpParam param = new CallOpParam(true);
        param.setStatusCode(pjsip_status_code.PJSIP_SC_RINGING);
        call.answer(param);
        log.event("ringing");
    }

    private void answer(CompanyCall call, CallScript script, Scenario scenario, Path recording) throws Exception {
        if (call.log == null) {
            return;
        }
        call.script = script;
        call.log.event("answered", "company", scenario.name(), "recording", recording.getFileName().toString());
        CallOpParam param = new CallOpParam(true);
        param.setStatusCode(pjsip_status_code.PJSIP_SC_OK);
        call.answer(param);
    }

    private void reject(CompanyCall call, int status, String reason, String proxyAuthenticate) throws IOException {
        CallOpParam param = new CallOpParam(true);
        param.setStatusCode(status);
        if (proxyAuthenticate != null) {
            SipHeader header = new SipHeader();
            header.setHName("Proxy-Authenticate");
            header.setHValue(proxyAuthenticate);
            param.getTxOption().getHeaders().add(header);
        }
        try {
            call.answer(param);
        } catch (Exception e) {
            call.log.event("error", "message", String.valueOf(e));
        }
        call.log.event(status == pjsip_status_code.PJSIP_SC_PROXY_AUTHENTICATION_REQUIRED ? "challenged" : "rejected",
                "status", status, "reason", reason);
        call.log.close();
        call.log = null;
    }
}
