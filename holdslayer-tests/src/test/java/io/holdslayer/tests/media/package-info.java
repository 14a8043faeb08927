/** Black-box tests of the media connector in a running gateway: redeploys release its ports and threads. */
package io.holdslayer.tests.media;
