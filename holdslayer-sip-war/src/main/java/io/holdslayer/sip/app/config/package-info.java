/** The SIP application's configuration keys, read through MicroProfile Config. */
package io.holdslayer.sip.app.config;
