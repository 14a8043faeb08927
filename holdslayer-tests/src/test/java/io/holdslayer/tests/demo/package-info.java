/**
 * {@code ./holdslayer demo}: the whole hold lifecycle on one machine for a person to watch. {@link
 * io.holdslayer.tests.demo.Demo} starts a gateway on its embedded defaults, the company simulator as its trunk and
 * baresip as the user's phone (all with the test support classes), places a hold-slayer call to Acme Bank along an
 * imported call flow, narrates the events and prints how long each phase took. {@code DemoIT} runs it as a user
 * would.
 */
package io.holdslayer.tests.demo;
