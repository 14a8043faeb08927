/**
 * The browser dashboard's server side: the root redirect and the security headers of its pages. The dashboard
 * itself is static (HTML, CSS, JavaScript under {@code /dashboard/}, Chart.js bundled at build time from its npm
 * package) and uses only the public REST API and the event WebSocket, with the token the user signs in with.
 */
package io.holdslayer.web.dashboard;
