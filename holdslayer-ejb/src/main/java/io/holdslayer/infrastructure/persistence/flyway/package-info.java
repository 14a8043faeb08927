/**
 * Schema migrations with Flyway: the SQL scripts under {@code db/migration} are applied to the gateway's
 * datasource when the application deploys, before anything else touches the database.
 */
package io.holdslayer.infrastructure.persistence.flyway;
