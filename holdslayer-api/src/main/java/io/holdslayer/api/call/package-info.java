/**
 * The call model shared by every module: what a call is doing and how it is run, and {@link
 * io.holdslayer.api.call.CallControl}, the local business interface through which calls are placed and steered.
 */
package io.holdslayer.api.call;
