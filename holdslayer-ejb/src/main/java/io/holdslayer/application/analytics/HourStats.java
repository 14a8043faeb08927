package io.holdslayer.application.analytics;

/** Calls started within one hour of the day (0-23, in the analytics time zone) and their average hold. */
public record HourStats(int hour, long calls, Double averageHoldSeconds) {
}
