/** Black-box tests of the launcher's audio commands ({@code analyze}, {@code bench classifier}) on real recordings. */
package io.holdslayer.tests.audio;
