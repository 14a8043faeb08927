/** What both resource adapters report about themselves, so that health checks read them the same way. */
package io.holdslayer.api.connector;
