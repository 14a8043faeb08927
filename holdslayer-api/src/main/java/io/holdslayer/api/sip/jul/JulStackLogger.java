package io.holdslayer.api.sip.jul;

import gov.nist.core.StackLogger;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes the JAIN-SIP stack's diagnostic log to {@code java.util.logging} (the server's log manager) under the
 * category {@code gov.nist.javax.sip}, instead of log4j. Named by the stack property
 * {@code gov.nist.javax.sip.STACK_LOGGER}.
 */
public class JulStackLogger implements StackLogger {

    static final Logger LOG = Logger.getLogger("gov.nist.javax.sip");

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int level) {
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.log(Level.FINEST, "stack trace", new Throwable("stack trace"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.log(Level.WARNING, String.valueOf(ex), LOG.isLoggable(Level.FINE) ? ex : null);
    }

    @Override
    public void logDebug(String message) {
        LOG.fine(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.log(Level.FINE, message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.finest(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.severe(message);
    }

    @Override
    public void logError(String message) {
        LOG.warning(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isLoggable(Level.FINE);
    }

    @Override
    public boolean isLoggingEnabled(int level) {
        return LOG.isLoggable(julLevel(level));
    }

    static Level julLevel(int level) {
        if (level >= TRACE_TRACE) {
            return Level.FINEST;
        }
        if (level >= TRACE_INFO) {
            // TRACE_INFO is also TRACE_MESSAGES: every message sent or received, which JulServerLogger logs at FINE
            return Level.FINE;
        }
        if (level >= TRACE_WARN) {
            return Level.WARNING;
        }
        return Level.SEVERE;
    }

    @Override
    public void logError(String message, Exception ex) {
        // the stack reports peers' bad input as errors: a warning line, the trace only when debugging
        LOG.log(Level.WARNING, message + (ex == null ? "" : ": " + ex), LOG.isLoggable(Level.FINE) ? ex : null);
    }

    /**
     * The stack warns about its TLS defaults at every start and about each malformed message a peer sends; both
     * are routine (a flood of garbage must not flood the log), so they are logged at FINE.
     */
    @Override
    public void logWarning(String message) {
        LOG.log(message != null && ROUTINE.matcher(message).find() ? Level.FINE : Level.WARNING, message);
    }

    private static final java.util.regex.Pattern ROUTINE = java.util.regex.Pattern.compile(
            "(?i)tls|keystore|key store|truststore|trust store|malformed|retry suc|bad request|parse|dropping|"
                    + "could not|unable to|invalid|missing");

    /** The stack's INFO is per-message detail (e.g. each packet's source): FINE for us. */
    @Override
    public void logInfo(String message) {
        LOG.fine(message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
