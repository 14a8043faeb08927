package io.holdslayer.api.connector;

/**
 * A resource adapter's own view of its health.
 *
 * @param up     whether the adapter is started and can serve connections
 * @param detail one line for operators, e.g. what it listens on
 */
public record ConnectorStatus(boolean up, String detail) {
}
