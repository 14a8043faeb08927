/** Call control for the rest of the gateway: the local business interface's bean and the dial policy. */
package io.holdslayer.sip.app.calls;
