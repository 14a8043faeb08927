package io.holdslayer.tests.sip;

import io.holdslayer.tests.support.Baresip;
import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.Sipp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls through an IP-authenticated trunk whose far end is SIPp playing the company, calls from a SIPp
 * device through the gateway, and calls from the company (SIPp on the trunk's address) to the inbound device. Each test places one call and checks both the SIPp scenario (exit code 0 means
 * every message came as the scenario expects) and the gateway's events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipCallFlowsIT {

    static final int HTTP_PORT = 18780;
    static final int COMPANY_PORT = 17000;
    static final int DEVICE_PORT = 17010;
    static final int CAROL_PORT = 17210;
    static final String NUMBER = "+15551234567";
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    Gateway gateway;

    @BeforeAll
    void startGateway() {
        gateway = Gateway.named("sip-calls", HTTP_PORT).fresh()
                .withTrunkTo(COMPANY_PORT, "[+]1555[0-9]*")
                .with("HOLDSLAYER_SIP_DEVICES", "alice:alice-secret,bob:bob-secret,carol:carol-secret")
                .with("HOLDSLAYER_SIP_INBOUND_DEVICE", "carol")
                .start();
    }

    @AfterAll
    void stopGateway() {
        gateway.stop();
    }

    private String place() {
        return gateway.placeCall(NUMBER);
    }

    private void hangUp(String id) {
        assertEquals(204, gateway.send("DELETE", "/api/calls/" + id, null).statusCode());
    }

    @Test
    void companyAnswersAndTheGatewayHangsUp() {
        try (Sipp company = Sipp.start("answers", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            assertEquals("CONNECTED", Gateway.json(gateway.send("GET", "/api/calls/" + id, null).body())
                    .getString("status"));
            assertEquals(202, gateway.send("POST", "/api/calls/" + id + "/dtmf", "{\"digits\":\"42#\"}").statusCode());
            assertEquals("rfc4733", gateway.awaitEvent("IVR_DTMF_SENT", id, CALL_TIMEOUT).getJsonObject("payload")
                    .getString("method"));
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            assertEquals("hung up through the API", gateway.awaitEvent("CALL_ENDED", id, CALL_TIMEOUT)
                    .getJsonObject("payload").getString("reason"));
        }
    }

    @Test
    void byeFromTheCompanyEndsTheCall() {
        try (Sipp company = Sipp.start("hangs-up", "company-hangs-up.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            JsonObject ended = gateway.awaitEvent("CALL_ENDED", id, CALL_TIMEOUT);
            assertEquals("company hung up", ended.getJsonObject("payload").getString("reason"));
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            JsonObject record = endedRecord(id);
            assertEquals("company hung up", record.getString("reason"), "the history keeps the call: " + record);
            assertTrue(record.containsKey("ended"), record.toString());
        }
    }

    /** The call as the history keeps it once the call manager has closed its record. */
    private JsonObject endedRecord(String id) {
        JsonObject call = null;
        for (int i = 0; i < 50; i++) {
            call = Gateway.json(gateway.send("GET", "/api/calls/" + id, null).body());
            if ("ENDED".equals(call.getString("status", ""))) {
                return call;
            }
            Gateway.sleep(100);
        }
        throw new AssertionError("call " + id + " never ENDED in the history: " + call);
    }

    @Test
    void earlyMediaThenAnswerConnects() {
        try (Sipp company = Sipp.start("183-200", "company-183-then-200.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            // the 200 follows the 183 within a millisecond: handled first, it makes the late 183 irrelevant
            gateway.events("CALL_RINGING").stream().map(e -> e.asJsonObject())
                    .filter(e -> id.equals(e.getString("callId", null)))
                    .forEach(e -> assertTrue(e.getJsonObject("payload").getBoolean("earlyMedia"), e.toString()));
            assertEquals("CONNECTED", Gateway.json(gateway.send("GET", "/api/calls/" + id, null).body())
                    .getString("status"));
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
        }
    }

    @Test
    void hangingUpWhileRingingSendsCancel() {
        try (Sipp company = Sipp.start("cancel", "company-cancel.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_RINGING", id, CALL_TIMEOUT);
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            assertTrue(company.messages().contains("CANCEL sip:" + NUMBER), company.report());
            gateway.awaitEvent("CALL_ENDED", id, CALL_TIMEOUT);
        }
    }

    @Test
    void holdAndUnholdAreAnsweredWithTheMirroredDirection() {
        try (Sipp company = Sipp.start("hold", "company-hold.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_ENDED", id, CALL_TIMEOUT);
            // the scenario checks a=recvonly in the answer to sendonly, a=sendrecv in the answer to sendrecv
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
        }
    }

    @Test
    void theGatewayRefreshesTheSessionWhenItIsTheRefresher() {
        try (Sipp company = Sipp.start("session-timer", "company-session-timer.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && countOf(company.messages(), "INVITE sip:") < 2) {
                sleep(500);
            }
            assertTrue(countOf(company.messages(), "INVITE sip:") >= 2, company.report());
            sleep(1000);
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
        }
    }

    @Test
    void aRegisteredDeviceCallsOutThroughTheTrunk() {
        try (Sipp company = Sipp.start("device-company", "company-answers.xml", COMPANY_PORT, "-m", "1");
             Sipp device = Sipp.start("device-caller", "device-calls.xml", DEVICE_PORT, "127.0.0.1:" + gateway.sipPort(),
                     "-s", NUMBER, "-key", "device", "alice", "-au", "alice", "-ap", "alice-secret", "-m", "1")) {
            assertEquals(0, device.await(CALL_TIMEOUT), device.report());
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            JsonObject ended = gateway.awaitEvent("CALL_ENDED", null, CALL_TIMEOUT);
            assertTrue(gateway.events("CALL_ENDED").stream().anyMatch(e ->
                    e.asJsonObject().getJsonObject("payload").getString("reason").equals("device hung up")), ended.toString());
        }
    }

    @Test
    void aDeviceCallingOutGetsTheCompanysEarlyMediaThenTheAnswer() {
        try (Sipp company = Sipp.start("early-company", "company-early-media.xml", COMPANY_PORT, "-m", "1");
             Sipp device = Sipp.start("early-caller", "device-calls.xml", DEVICE_PORT, "127.0.0.1:" + gateway.sipPort(),
                     "-s", NUMBER, "-key", "device", "alice", "-au", "alice", "-ap", "alice-secret", "-m", "1")) {
            assertEquals(0, device.await(CALL_TIMEOUT), device.report());
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            assertTrue(device.messages().contains("SIP/2.0 183"), "the 183 was relayed: " + device.report());
        }
    }

    @Test
    void wrongDeviceCredentialsAreRefused() {
        try (Sipp device = Sipp.start("device-rejected", "device-rejected.xml", DEVICE_PORT,
                "127.0.0.1:" + gateway.sipPort(), "-s", NUMBER, "-key", "device", "alice", "-au", "alice", "-ap", "wrong", "-m", "1")) {
            assertEquals(0, device.await(CALL_TIMEOUT), device.report());
        }
    }

    @Test
    void aDeviceRegistersAndUnregisters() {
        try (Sipp device = Sipp.start("device-register", "device-registers.xml", DEVICE_PORT,
                "127.0.0.1:" + gateway.sipPort(), "-key", "device", "alice", "-au", "alice", "-ap", "alice-secret", "-m", "1")) {
            assertEquals(0, device.await(CALL_TIMEOUT), device.report());
            awaitDeviceEvent("DEVICE_REGISTERED", "alice", ":" + DEVICE_PORT);
            awaitDeviceEvent("DEVICE_UNREGISTERED", "alice", ":" + DEVICE_PORT);
        }
    }

    @Test
    void numbersOutsideThePolicyAreRefusedWithProblems() {
        HttpResponse<String> invalid = gateway.send("POST", "/api/calls", "{\"number\":\"12ab\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, gateway.send("POST", "/api/calls", "{\"number\":\"+19005550100\"}").statusCode());
        assertEquals(403, gateway.send("POST", "/api/calls", "{\"number\":\"+442071234567\"}").statusCode());
        assertEquals(400, gateway.send("POST", "/api/calls", "not json").statusCode());
        assertEquals(404, gateway.send("DELETE", "/api/calls/no-such-call", null).statusCode());
        assertEquals(401, gateway.get("/api/trunk/status", null).statusCode());
        JsonObject trunk = Gateway.json(gateway.get("/api/trunk/status", gateway.token()).body());
        assertTrue(trunk.getBoolean("configured"));
        assertEquals(false, trunk.getBoolean("registers"));
    }

    @Test
    void transferBridgesTheCompanyToTheRegisteredPhoneWhichHearsTheCompany() {
        List<Path> recordings;
        try (Baresip phone = Baresip.register("alice", "alice", "alice-secret", gateway.sipPort(), 17040)) {
            awaitRegistered("alice", ":17040", phone);
            try (Sipp company = Sipp.start("talks", "company-talks.xml", COMPANY_PORT, "-m", "1")) {
                String id = place();
                gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
                HttpResponse<String> transfer = gateway.send("POST", "/api/calls/" + id + "/transfer",
                        "{\"device\":\"alice\"}");
                assertEquals(202, transfer.statusCode(), transfer.body());
                gateway.awaitEvent("TRANSFER_STARTED", id, CALL_TIMEOUT);
                JsonObject complete = gateway.awaitEvent("TRANSFER_COMPLETE", id, CALL_TIMEOUT);
                assertTrue(complete.getJsonObject("payload").getBoolean("success"), complete + "\n" + phone.log());
                assertEquals("BRIDGED", Gateway.json(gateway.send("GET", "/api/calls/" + id, null).body())
                        .getString("status"));
                sleep(6000);
                hangUp(id);
                assertEquals(0, company.await(CALL_TIMEOUT), company.report());
            }
            sleep(1000);
            recordings = phone.receivedRecordings();
            assertTrue(!recordings.isEmpty(), "baresip recorded nothing: " + phone.log());
        }
        double loudest = recordings.stream().mapToDouble(Baresip::rms).max().orElse(0);
        assertTrue(loudest > 300, "the phone heard the company's speech (RMS " + loudest + " in " + recordings + ")");
    }

    @Test
    void aDecliningDeviceLeavesTheCompanyLegUpAndTheFailureIsReported() {
        try (Sipp registration = Sipp.start("bob-registers", "device-registers-only.xml", 17050,
                "127.0.0.1:" + gateway.sipPort(), "-key", "device", "bob", "-au", "bob", "-ap", "bob-secret", "-m", "1")) {
            assertEquals(0, registration.await(CALL_TIMEOUT), registration.report());
        }
        try (Sipp company = Sipp.start("declined-company", "company-answers.xml", COMPANY_PORT, "-m", "1");
             Sipp bob = Sipp.start("bob-declines", "device-declines.xml", 17050, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            assertEquals(202, gateway.send("POST", "/api/calls/" + id + "/transfer", "{\"device\":\"bob\"}")
                    .statusCode());
            gateway.awaitEvent("DEVICE_RINGING", id, CALL_TIMEOUT);
            JsonObject complete = gateway.awaitEvent("TRANSFER_COMPLETE", id, CALL_TIMEOUT);
            assertEquals(false, complete.getJsonObject("payload").getBoolean("success"));
            assertTrue(complete.getJsonObject("payload").getString("reason").contains("486"), complete.toString());
            assertEquals("CONNECTED", Gateway.json(gateway.send("GET", "/api/calls/" + id, null).body())
                    .getString("status"), "the company leg is kept");
            assertEquals(0, bob.await(CALL_TIMEOUT), bob.report());
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
        }
    }

    @Test
    void transferToADeviceWithoutContactsIsRefused() {
        try (Sipp company = Sipp.start("no-contact-company", "company-answers.xml", COMPANY_PORT, "-m", "1")) {
            String id = place();
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            HttpResponse<String> refused = gateway.send("POST", "/api/calls/" + id + "/transfer",
                    "{\"device\":\"nobody\"}");
            assertEquals(404, refused.statusCode(), refused.body());
            hangUp(id);
            assertEquals(0, company.await(CALL_TIMEOUT), company.report());
        }
    }

    @Test
    void theCompanyCallingInRingsTheInboundDeviceAndIsBridgedWhenItAnswers() {
        registerCarol();
        try (Sipp carol = Sipp.start("carol-answers", "company-answers.xml", CAROL_PORT, "-m", "1");
             Sipp company = Sipp.start("company-calls-in", "company-calls-in.xml", COMPANY_PORT,
                     "127.0.0.1:" + gateway.sipPort(), "-s", "+15550009999", "-m", "1")) {
            assertEquals(0, company.await(CALL_TIMEOUT), company.report() + "\n" + carol.report());
            assertEquals(0, carol.await(CALL_TIMEOUT), carol.report());
            String id = incomingCallId();
            gateway.awaitEvent("DEVICE_RINGING", id, CALL_TIMEOUT);
            gateway.awaitEvent("CALL_CONNECTED", id, CALL_TIMEOUT);
            JsonObject ended = gateway.awaitEvent("CALL_ENDED", id, CALL_TIMEOUT);
            assertEquals("company hung up", ended.getJsonObject("payload").getString("reason"));
            assertTrue(company.messages().contains("SIP/2.0 180"), "the device's ringing reached the company");
            assertTrue(carol.messages().contains("BYE sip:"), "the company's BYE reached the device: "
                    + carol.report());
        }
    }

    @Test
    void theCompanyCallingInGets480WhenTheInboundDeviceDeclines() {
        registerCarol();
        try (Sipp carol = Sipp.start("carol-declines", "device-declines.xml", CAROL_PORT, "-m", "1");
             Sipp company = Sipp.start("company-calls-in-declined", "company-calls-in-unanswered.xml",
                     COMPANY_PORT, "127.0.0.1:" + gateway.sipPort(), "-s", "+15550009999", "-m", "1")) {
            assertEquals(0, company.await(CALL_TIMEOUT), company.report() + "\n" + carol.report());
            assertEquals(0, carol.await(CALL_TIMEOUT), carol.report());
            String id = incomingCallId();
            JsonObject failed = gateway.awaitEvent("CALL_FAILED", id, CALL_TIMEOUT);
            assertEquals(480, failed.getJsonObject("payload").getInt("status"), failed.toString());
        }
    }

    private void registerCarol() {
        try (Sipp registration = Sipp.start("carol-registers", "device-registers-only.xml", CAROL_PORT,
                "127.0.0.1:" + gateway.sipPort(), "-key", "device", "carol", "-au", "carol", "-ap", "carol-secret",
                "-m", "1")) {
            assertEquals(0, registration.await(CALL_TIMEOUT), registration.report());
        }
    }

    /** The first event of the type about this contact of the device (other tests register other devices). */
    private JsonObject awaitDeviceEvent(String type, String device, String contactPart) {
        long deadline = System.currentTimeMillis() + CALL_TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            var found = gateway.events(type).stream().map(v -> v.asJsonObject())
                    .map(e -> e.getJsonObject("payload"))
                    .filter(p -> device.equals(p.getString("device", "")) && p.getString("contact", "").contains(contactPart))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(200);
        }
        throw new AssertionError("no " + type + " for " + device + " at " + contactPart);
    }

    /** The newest call the company placed to us. */
    private String incomingCallId() {
        long deadline = System.currentTimeMillis() + CALL_TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            var incoming = gateway.events("CALL_STARTED").stream().map(v -> v.asJsonObject())
                    .filter(e -> "incoming".equals(e.getJsonObject("payload").getString("direction", "")))
                    .reduce((first, second) -> second);
            if (incoming.isPresent()) {
                assertEquals("+15559876543", incoming.get().getJsonObject("payload").getString("number"));
                return incoming.get().getString("callId");
            }
            sleep(200);
        }
        throw new AssertionError("no incoming CALL_STARTED");
    }

    private void awaitRegistered(String device, String contactPart, Baresip phone) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            boolean registered = gateway.events("DEVICE_REGISTERED").stream().map(v -> v.asJsonObject().getJsonObject("payload"))
                    .anyMatch(p -> p.getString("device").equals(device) && p.getString("contact").contains(contactPart));
            if (registered) {
                return;
            }
            sleep(300);
        }
        throw new AssertionError(device + " did not register: " + phone.log());
    }

    static int countOf(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
