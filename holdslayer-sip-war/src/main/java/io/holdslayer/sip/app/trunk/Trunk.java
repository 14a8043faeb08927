package io.holdslayer.sip.app.trunk;

import io.holdslayer.api.call.TrunkStatus;
import io.holdslayer.infrastructure.config.TrunkSettings;
import io.holdslayer.sip.app.auth.DigestChallenge;
import io.holdslayer.sip.app.config.SipAppSettings;
import io.holdslayer.sip.app.servlet.SipSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's trunk as the SIP plane uses it: where requests go, who we are towards it, answering its
 * digest challenges, and whether a source address is the trunk's.
 */
@ApplicationScoped
public class Trunk {

    @Inject
    SipAppSettings settings;

    @Inject
    SipSender sender;

    private TrunkSettings trunk;
    private TrunkAddresses addresses;
    private final TrunkHealth health = new TrunkHealth();

    /** Read and updated through this method: the bean is reached through a client proxy. */
    public TrunkHealth health() {
        return health;
    }

    @PostConstruct
    void init() {
        trunk = settings.trunk();
        addresses = TrunkAddresses.of(settings.trunkSources(), trunk.host(), trunk.port());
    }

    public TrunkSettings settings() {
        return trunk;
    }

    public boolean configured() {
        return trunk.configured();
    }

    public boolean isSource(String ip, int port) {
        return trunk.configured() && addresses.contains(ip, port);
    }

    public boolean dtmfByInfo() {
        return "info".equals(trunk.dtmfMode());
    }

    public TrunkStatus status() {
        return health.snapshot(trunk.configured(), trunk.registers());
    }

    /** {@code sip:user@trunk-host:port;transport=x}. */
    public SipURI uri(String user) throws java.text.ParseException {
        SipURI uri = sender.addresses().createSipURI(user, trunk.host());
        uri.setPort(trunk.port());
        if (!"udp".equals(trunk.transport())) {
            uri.setTransportParam(trunk.transport());
        }
        return uri;
    }

    /** Our address of record towards the trunk. */
    public Address ourAddress() throws java.text.ParseException {
        String user = trunk.registers() ? trunk.username() : "holdslayer";
        SipURI uri = sender.addresses().createSipURI(user, trunk.host());
        return sender.addresses().createAddress(uri);
    }

    public ViaHeader via() throws Exception {
        var point = sender.listeningPoint(trunk.transport());
        ViaHeader via = sender.headers().createViaHeader(point.getIPAddress(), point.getPort(), point.getTransport(),
                null);
        via.setRPort();
        return via;
    }

    public List<ViaHeader> vias() throws Exception {
        List<ViaHeader> vias = new ArrayList<>();
        vias.add(via());
        return vias;
    }

    /**
     * A copy of {@code sent} carrying credentials for the challenge in {@code challenge}: next CSeq, new branch.
     *
     * @return {@code null} when the trunk has no credentials or the challenge is unusable
     */
    public Request authorized(Request sent, Response challenge) {
        if (!trunk.registers()) {
            return null;
        }
        boolean proxy = DigestChallenge.isProxy(challenge.getStatusCode());
        WWWAuthenticateHeader header = (WWWAuthenticateHeader) challenge.getHeader(
                proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        if (header == null || header.getNonce() == null
                || (!trunk.realm().isEmpty() && !trunk.realm().equals(header.getRealm()))) {
            return null;
        }
        try {
            Request retry = (Request) sent.clone();
            CSeqHeader cseq = (CSeqHeader) retry.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + 1);
            retry.removeHeader(ViaHeader.NAME);
            retry.addHeader(via());
            retry.removeHeader(proxy ? "Proxy-Authorization" : "Authorization");
            retry.addHeader(DigestChallenge.answer(sender.headers(), header, proxy, trunk.username(),
                    trunk.password(), sent.getMethod(), sent.getRequestURI().toString()));
            return retry;
        } catch (Exception e) {
            return null;
        }
    }

    public static String callIdOf(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
