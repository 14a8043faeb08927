/**
 * Tests of the company simulator itself (no gateway): real SIP peers call it and its logs and recordings show
 * that it follows its scenarios, so that the gateway's tests can rely on it as the company.
 */
package io.holdslayer.tests.simulator;
