/**
 * Telling the user what happened when they are not watching: selected gateway events (by default a person
 * answering, a finished transfer and a failed call) become a short readable message delivered by every
 * configured channel (e-mail, webhook, SMS). Delivery runs on a managed executor, so the caller that reported
 * the event never waits for a mail server or an HTTP endpoint; a channel that fails is logged and does not
 * stop the others.
 */
package io.holdslayer.application.notify;
