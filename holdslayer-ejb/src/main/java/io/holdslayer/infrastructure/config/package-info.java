/** MicroProfile Config access: every configuration key the application reads, in one place. */
package io.holdslayer.infrastructure.config;
