/**
 * JPA implementations of the domain repositories, all in the one persistence unit bound to the gateway's
 * datasource. Transactions belong to the callers (application services); these classes only read and write.
 */
package io.holdslayer.infrastructure.persistence.jpa;
