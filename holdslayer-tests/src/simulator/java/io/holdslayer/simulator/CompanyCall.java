package io.holdslayer.simulator;

import org.pjsip.pjsua2.Account;
import org.pjsip.pjsua2.AudioMedia;
import org.pjsip.pjsua2.Call;
import org.pjsip.pjsua2.CallInfo;
import org.pjsip.pjsua2.CallMediaInfo;
import org.pjsip.pjsua2.OnCallMediaStateParam;
import org.pjsip.pjsua2.OnCallStateParam;
import org.pjsip.pjsua2.OnCallTsxStateParam;
import org.pjsip.pjsua2.OnDtmfDigitParam;
import org.pjsip.pjsua2.SipEvent;
import org.pjsip.pjsua2.SipTransaction;
import org.pjsip.pjsua2.pjmedia_type;
import org.pjsip.pjsua2.pjsip_event_id_e;
import org.pjsip.pjsua2.pjsip_inv_state;
import org.pjsip.pjsua2.pjsip_role_e;
import org.pjsip.pjsua2.pjsip_tsx_state_e;
import org.pjsip.pjsua2.pjsua_call_media_status;
import org.pjsip.pjsua2.pjsua_dtmf_method;

/**
 * One incoming call as pjsua2 reports it. The callbacks run on pjsip's threads and only hand events to the
 * scenario thread. A digit pjsua reports as SIP INFO carries the Content-Type of the INFO request, noted when
 * pjsua2 reports the request's transaction (which it does before it decodes the digit).
 */
final class CompanyCall extends Call {

    private final Scheduler scheduler;
    volatile CallScript script;
    volatile CallLog log;
    private volatile String infoContentType;

    CompanyCall(Account account, int callId, Scheduler scheduler) {
        super(account, callId);
        this.scheduler = scheduler;
    }

    @Override
    public void onCallState(OnCallStateParam param) {
        try {
            CallInfo info = getInfo();
            if (info.getState() == pjsip_inv_state.PJSIP_INV_STATE_DISCONNECTED) {
                int status = info.getLastStatusCode();
                String reason = info.getLastReason();
                scheduler.run(() -> ended(status, reason));
            }
        } catch (Exception e) {
            System.err.println("call state: " + e);
        }
    }

    private void ended(int status, String reason) throws Exception {
        if (script != null) {
            script.disconnected(status, reason);
        } else if (log != null) {
            log.event("hung-up", "by", "caller", "status", status, "reason", reason);
            log.close();
        }
        log = null;
        scheduler.forget(this);
    }

    @Override
    public void onCallMediaState(OnCallMediaStateParam param) {
        try {
            CallInfo info = getInfo();
            for (int i = 0; i < info.getMedia().size(); i++) {
                CallMediaInfo media = info.getMedia().get(i);
                if (media.getType() == pjmedia_type.PJMEDIA_TYPE_AUDIO
                        && media.getStatus() == pjsua_call_media_status.PJSUA_CALL_MEDIA_ACTIVE) {
                    AudioMedia audio = getAudioMedia(i);
                    scheduler.run(() -> {
                        if (script != null) {
                            script.mediaReady(audio);
                        }
                    });
                }
            }
        } catch (Exception e) {
            System.err.println("media state: " + e);
        }
    }

    @Override
    public void onCallTsxState(OnCallTsxStateParam param) {
        SipEvent event = param.getE();
        if (event.getType() != pjsip_event_id_e.PJSIP_EVENT_TSX_STATE) {
            return;
        }
        SipTransaction tsx = event.getBody().getTsxState().getTsx();
        if (tsx.getRole() == pjsip_role_e.PJSIP_ROLE_UAS && "INFO".equals(tsx.getMethod())
                && tsx.getState() == pjsip_tsx_state_e.PJSIP_TSX_STATE_TRYING) {
            String request = event.getBody().getTsxState().getSrc().getRdata().getWholeMsg();
            infoContentType = Sip.header(request, "Content-Type", "c");
        }
    }

    @Override
    public void onDtmfDigit(OnDtmfDigitParam param) {
        String digit = param.getDigit();
        boolean rtp = param.getMethod() == pjsua_dtmf_method.PJSUA_DTMF_METHOD_RFC2833;
        String method = rtp ? "rfc4733" : "sip-info";
        String contentType = rtp ? null : infoContentType;
        scheduler.run(() -> {
            if (script != null) {
                script.digit(digit, method, contentType);
            }
        });
    }
}
