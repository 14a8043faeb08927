/**
 * Black-box tests of the platform as an operator and an enterprise JMS consumer see it: a second gateway
 * beside the shared one, clean stop on SIGTERM, restart with data kept, events over JMS from outside.
 */
package io.holdslayer.tests.platform;
