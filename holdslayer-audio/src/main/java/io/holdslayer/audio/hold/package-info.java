/**
 * The hold monitor: from labelled audio it decides when the call is on hold and when a live person has come on
 * the line, remembering the recorded announcements of the hold loop by their fingerprints so that a repeated
 * announcement is never taken for a human.
 */
package io.holdslayer.audio.hold;
