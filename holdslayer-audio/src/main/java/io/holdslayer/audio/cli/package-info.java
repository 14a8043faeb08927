/** {@code ./holdslayer analyze}: the server's audio pipeline run on a WAV file, printed as JSON or a timeline. */
package io.holdslayer.audio.cli;
