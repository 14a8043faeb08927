/**
 * Outbound side of the media connector: the managed connection factory the server pools, the physical
 * managed connection, and the application-facing factory and connection handles.
 */
package io.holdslayer.media.ra.outbound;
