package io.holdslayer.api.event;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;

/**
 * JSON builders and readers from one provider looked up once. The static {@code jakarta.json.Json} methods
 * look the provider up through the service loader on every call, which under load costs more than the JSON.
 */
public final class JsonPayloads {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(null);
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(null);

    private JsonPayloads() {
    }

    public static JsonObjectBuilder builder() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonReader reader(Reader text) {
        return READERS.createReader(text);
    }
}
