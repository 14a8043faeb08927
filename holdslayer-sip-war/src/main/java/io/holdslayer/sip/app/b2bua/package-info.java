/**
 * The back-to-back user agent in the vocabulary of drachtio: calls made of uac legs (our INVITEs: the company
 * leg through the trunk, the device forks) and uas legs (a device dialling out), bridged and unbridged through
 * the media plane, torn down symmetrically; in-dialog handling (re-INVITE, UPDATE, INFO, BYE), session timers
 * and DTMF.
 */
package io.holdslayer.sip.app.b2bua;
