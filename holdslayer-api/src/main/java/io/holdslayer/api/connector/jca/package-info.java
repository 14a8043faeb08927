/**
 * JCA plumbing both resource adapters share: a pooled managed connection that tracks the application's handles,
 * the handle base class, and the managed and application-facing connection factory bases. Each adapter adds
 * only what is its own (its handle's methods, its engine). It sits in the EAR's {@code lib/} with the contracts,
 * where both adapters and the application see the same classes.
 */
package io.holdslayer.api.connector.jca;
