/** G.711 µ-law and A-law (ITU-T G.711), sample by sample; the media plane and the analyzer share it. */
package io.holdslayer.audio.codec;
