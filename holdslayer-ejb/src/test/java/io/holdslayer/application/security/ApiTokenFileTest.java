package io.holdslayer.application.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenFileTest {

    @Test
    void generatesAStrongTokenReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        ApiTokenFile file = new ApiTokenFile(dir.resolve("data"));

        String token = file.readOrCreate();

        assertTrue(token.length() >= 43, "256 bits of randomness, base64url: " + token);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
    }

    @Test
    void keepsTheSameTokenAcrossRestarts(@TempDir Path dir) {
        String first = new ApiTokenFile(dir).readOrCreate();
        String second = new ApiTokenFile(dir).readOrCreate();
        String elsewhere = new ApiTokenFile(dir.resolve("other")).readOrCreate();

        assertEquals(first, second);
        assertNotEquals(first, elsewhere);
    }
}
