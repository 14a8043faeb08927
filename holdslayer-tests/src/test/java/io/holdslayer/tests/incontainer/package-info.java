/**
 * Arquillian tests inside a real WildFly (managed container): JPA through the container's datasource and JTA,
 * events through the embedded Artemis topic with their selector properties, and the web tier's fan-out.
 */
package io.holdslayer.tests.incontainer;
