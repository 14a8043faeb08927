/**
 * Whole-system tests that look at everything an operator can observe of a call (WebSocket, JMS, the database,
 * the recording, the user's phone), and at the gateway surviving a kill and a trunk outage.
 */
package io.holdslayer.tests.endtoend;
