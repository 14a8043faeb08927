/** G.711 µ-law and A-law for the media hot path: table-driven in both directions, no allocation per frame. */
package io.holdslayer.media.codec;
