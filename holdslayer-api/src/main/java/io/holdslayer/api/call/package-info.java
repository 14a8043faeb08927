/** The call model shared by every module: what a call is doing and how it is run. */
package io.holdslayer.api.call;
