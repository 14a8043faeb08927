/** The gateway's own lifecycle: announcing that it started and that it is stopping. */
package io.holdslayer.application.lifecycle;
