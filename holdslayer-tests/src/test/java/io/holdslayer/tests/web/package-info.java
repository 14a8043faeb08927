/** Black-box tests of the web tier against a running gateway: health, authentication, event history, WebSocket. */
package io.holdslayer.tests.web;
