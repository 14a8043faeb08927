package io.holdslayer.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.pjsip.pjsua2.AccountConfig;
import org.pjsip.pjsua2.Endpoint;
import org.pjsip.pjsua2.EpConfig;
import org.pjsip.pjsua2.TransportConfig;
import org.pjsip.pjsua2.pjsip_transport_type_e;

/**
 * Starts the company simulator.
 *
 * <pre>
 * java -Djava.library.path=LIB -cp pjsua2.jar:SIMULATOR.jar io.holdslayer.simulator.Main \
 *      --scenarios FILE --dir DIR [--port 0] [--rtp-port 24000] [--asterisk /usr/share/asterisk]
 * </pre>
 *
 * It listens for SIP on 127.0.0.1 over UDP ({@code --port 0}: a free port), writes {@code DIR/ready} holding the
 * port once it answers, pjsip's own log to {@code DIR/pjsua.log}, and per call a log and a recording into DIR.
 * It stops on SIGTERM, hanging up the calls in progress.
 */
public final class Main {

    private static Endpoint endpoint;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dir = Files.createDirectories(Path.of(options.get("dir")));
        Path scenarioFile = Path.of(options.get("scenarios")).toAbsolutePath();
        Map<String, Scenario> scenarios = Scenarios.load(scenarioFile);
        Sounds sounds = new Sounds(Path.of(options.getOrDefault("asterisk", "/usr/share/asterisk")),
                scenarioFile.getParent(), dir);

        endpoint = new Endpoint();
        endpoint.libCreate();
        EpConfig config = new EpConfig();
        config.getUaConfig().setThreadCnt(1);
        config.getUaConfig().setUserAgent("holdslayer-company-simulator");
        config.getLogConfig().setLevel(5);
        config.getLogConfig().setConsoleLevel(1);
        config.getLogConfig().setMsgLogging(1);
        config.getLogConfig().setFilename(dir.resolve("pjsua.log").toString());
        config.getMedConfig().setClockRate(8000);
        config.getMedConfig().setSndClockRate(8000);
        config.getMedConfig().setNoVad(true);
        endpoint.libInit(config);

        TransportConfig sip = new TransportConfig();
        sip.setBoundAddress("127.0.0.1");
        sip.setPort(Long.parseLong(options.getOrDefault("port", "0")));
        int transport = endpoint.transportCreate(pjsip_transport_type_e.PJSIP_TRANSPORT_UDP, sip);
        endpoint.libStart();
        endpoint.audDevManager().setNullDev();
        String local = endpoint.transportGetInfo(transport).getLocalName();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));

        Scheduler scheduler = new Scheduler(endpoint);
        AccountConfig account = new AccountConfig();
        account.setIdUri("sip:company@127.0.0.1:" + port);
        account.getSipConfig().setTransportId(transport);
        account.getMediaConfig().getTransportConfig().setBoundAddress("127.0.0.1");
        account.getMediaConfig().getTransportConfig().setPort(Long.parseLong(options.getOrDefault("rtp-port", "24000")));
        CompanyLine line = new CompanyLine(scenarios, sounds, scheduler, dir);
        line.create(account, true);

        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Path ready = dir.resolve("ready");
        Files.writeString(dir.resolve("ready.tmp"), port + "\n");
        Files.move(dir.resolve("ready.tmp"), ready, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("company simulator listening on 127.0.0.1:" + port + " with " + scenarios.keySet());

        stopping.await();
        endpoint.hangupAllCalls();
        Thread.sleep(500);
        scheduler.shutdown();
        endpoint.libDestroy();
        Files.deleteIfExists(ready);
        stopped.countDown();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("scenarios") || !options.containsKey("dir")) {
            throw new IllegalArgumentException("usage: --scenarios FILE --dir DIR [--port N] [--rtp-port N]");
        }
        return options;
    }
}
