/** Story-style scenario tests: the whole hold lifecycle over real SIP and RTP, with real peers on every side. */
package io.holdslayer.tests.scenario;
