/**
 * The company simulator: a stand-alone program on pjsua2 (pjproject's JNI binding, an SIP/RTP stack independent of
 * the gateway's) that answers calls as a company reached through a trunk. A scenario per dialled number drives
 * it through a phone menu, a hold queue with music and announcements, and a live agent, or one of the failures
 * companies produce (busy, no answer, a menu that never ends, a hang-up in the queue). It writes a JSON-lines
 * log and a recording of what it heard for each call. Built outside Maven by {@code build/install-pjsua2.sh}
 * (pjproject is GPL-2+; this is a test tool, never part of the EAR) and started by the tests'
 * {@code CompanySimulator}.
 */
package io.holdslayer.simulator;
