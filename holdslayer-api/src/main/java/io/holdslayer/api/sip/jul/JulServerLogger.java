package io.holdslayer.api.sip.jul;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;

import javax.sip.SipStack;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs every SIP message sent and received at level FINE under {@code gov.nist.javax.sip.messages} (off by
 * default; raise that category to DEBUG to trace calls). Named by {@code gov.nist.javax.sip.SERVER_LOGGER}.
 */
public class JulServerLogger implements ServerLogger {

    private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip.messages");

    @Override
    public void closeLogFile() {
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine((sender ? "sent " : "received ") + from + " -> " + to + "\n" + message.encode());
        }
    }

    @Override
    public void logException(Exception ex) {
        JulStackLogger.LOG.log(Level.WARNING, String.valueOf(ex), JulStackLogger.LOG.isLoggable(Level.FINE) ? ex : null);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public void setSipStack(SipStack sipStack) {
    }
}
