/**
 * The call record aggregate: one placed call with its timings, its transcript and the history of how its
 * audio was classified. The live state machine ({@code HoldSlayer}) arrives with the core issue and writes here.
 */
package io.holdslayer.domain.model.call;
