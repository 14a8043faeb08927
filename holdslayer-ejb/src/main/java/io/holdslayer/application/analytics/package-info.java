/**
 * Read-only statistics over the call history: per company number, by hour of day and overall, for a time
 * range of call starts. The database returns each call's timestamps; averages and percentiles are computed here,
 * so the same code gives the same numbers on H2 and PostgreSQL.
 */
package io.holdslayer.application.analytics;
