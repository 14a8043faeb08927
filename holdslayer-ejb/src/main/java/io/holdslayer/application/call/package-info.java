/**
 * The call manager: the gateway's live calls (status, mode, intent, device, call flow, timings, audio class,
 * transcript), fed in order per call by the gateway's events, persisted as call records, and driving a
 * {@link io.holdslayer.application.holdslayer.HoldSlayer} for each hold-slayer call.
 */
package io.holdslayer.application.call;
