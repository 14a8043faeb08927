package io.holdslayer.tests.demo;

import java.nio.file.Path;

/**
 * What {@code ./holdslayer demo} was asked for.
 *
 * @param exit    stop everything once the summary is printed (after a few seconds of the bridged call)
 * @param fresh   delete what an earlier demo left in the data directory (database, server instance, logs)
 * @param port    the gateway's HTTP port; 0 = the first free one of 8080, 8180, …
 * @param dataDir where the gateway, the simulator and the phone keep their files
 * @param delay   seconds between printing the dashboard URL and placing the call
 */
record DemoOptions(boolean exit, boolean fresh, int port, Path dataDir, int delay) {

    static final String USAGE = "usage: ./holdslayer demo [--exit] [--fresh] [--port HTTP_PORT] [--data-dir DIR] [--delay SECONDS]";

    static DemoOptions parse(String[] args, Path root) {
        boolean exit = false;
        boolean fresh = false;
        int port = 0;
        Path dataDir = root.resolve("data/demo");
        int delay = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--exit" -> exit = true;
                case "--fresh" -> fresh = true;
                case "--port" -> port = number(args, ++i);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--delay" -> delay = number(args, ++i);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'\n" + USAGE);
            }
        }
        if (port != 0 && (port < 4600 || port > 61000)) {
            throw new IllegalArgumentException("--port must be within 4600-61000 (WildFly's other ports follow it)");
        }
        return new DemoOptions(exit, fresh, port, dataDir.toAbsolutePath().normalize(), delay);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int number(String[] args, int i) {
        try {
            return Integer.parseInt(value(args, i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " needs a number, got '" + args[i] + "'");
        }
    }
}
