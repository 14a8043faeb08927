package io.holdslayer.web.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ByteRangesTest {

    @Test
    void rangesNameTheirFirstAndLastByte() {
        assertArrayEquals(new long[]{100, 199}, ByteRanges.span("bytes=100-199", 1000));
        assertArrayEquals(new long[]{900, 999}, ByteRanges.span("bytes=-100", 1000));
        assertArrayEquals(new long[]{990, 999}, ByteRanges.span("bytes=990-", 1000));
        assertArrayEquals(new long[]{990, 999}, ByteRanges.span("bytes=990-5000", 1000), "clipped to the file");
        assertArrayEquals(new long[]{0, 999}, ByteRanges.span("bytes=-5000", 1000));
    }

    @Test
    void rangesOutsideTheFileOrMalformedCannotBeServed() {
        assertNull(ByteRanges.span("bytes=1000-", 1000));
        assertNull(ByteRanges.span("bytes=5-2", 1000));
        assertNull(ByteRanges.span("pages=1-2", 1000));
        assertNull(ByteRanges.span("bytes=-", 1000));
        assertNull(ByteRanges.span("bytes=1-2,5-6", 1000));
    }
}
