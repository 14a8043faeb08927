package io.holdslayer.tests.support;

/** Ends a test's peers and gateway in order; one that fails to close does not keep the others running. */
public final class Closing {

    private Closing() {
    }

    public static void all(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // keep closing the others
            }
        }
    }
}
