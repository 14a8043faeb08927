package io.holdslayer.tests.web;

import io.holdslayer.tests.support.Gateway;
import io.holdslayer.tests.support.SharedGateway;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedGateway.class)
class AuthenticationIT {

    @Test
    void withoutATokenTheApiAnswers401WithAProblemDocument(Gateway gateway) {
        HttpResponse<String> response = gateway.get("/api/events", null);

        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"holdslayer\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = Gateway.json(response.body());
        assertEquals(401, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Authorization: Bearer"), problem.toString());
    }

    @Test
    void aWrongTokenIsRefusedAsInvalid(Gateway gateway) {
        HttpResponse<String> response = gateway.get("/api/events", gateway.token() + "x");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
    }

    @Test
    void unknownApiPathsAreAlsoBehindTheToken(Gateway gateway) {
        assertEquals(401, gateway.get("/api/no-such-thing", null).statusCode());
        HttpResponse<String> authenticated = gateway.get("/api/no-such-thing", gateway.token());
        assertEquals(404, authenticated.statusCode());
        assertTrue(authenticated.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void theGeneratedTokenIsStoredForItsOwnerOnlyAndWorks(Gateway gateway) throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(gateway.dataDir().resolve("api-token"))));
        assertEquals(200, gateway.get("/api/events", gateway.token()).statusCode());
    }

    @Test
    void corsIsClosedSoThatNoOtherWebSiteCanDriveTheApiFromABrowser(Gateway gateway) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(gateway.uri("/api/calls"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());

        HttpResponse<String> read = http.send(HttpRequest.newBuilder(gateway.uri("/api/events"))
                .header("Origin", "https://elsewhere.example")
                .header("Authorization", "Bearer " + gateway.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), read.headers().toString());
    }
}
