/** What the classifier knows of each 20 ms frame: level, zero crossings, spectral shape and tonality. */
package io.holdslayer.audio.feature;
