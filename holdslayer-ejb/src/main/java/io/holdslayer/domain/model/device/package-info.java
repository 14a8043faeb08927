/**
 * The user's own phones: SIP devices that register to the gateway with digest authentication and ring when a
 * live person answers. Only the digest hash (HA1) is stored, never the password.
 */
package io.holdslayer.domain.model.device;
