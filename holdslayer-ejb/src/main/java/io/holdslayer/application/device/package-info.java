/**
 * Administration of the user's SIP device accounts: what the REST API offers operators. Only the digest HA1 of a
 * password is ever stored, and no API returns it.
 */
package io.holdslayer.application.device;
