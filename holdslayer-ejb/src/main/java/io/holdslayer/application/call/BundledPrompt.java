package io.holdslayer.application.call;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The "one moment please" prompt packed into the gateway at build time, when the build could make one. */
@ApplicationScoped
public class BundledPrompt {

    static final String RESOURCE = "/prompts/connecting-now.wav";

    public Optional<Path> copyTo(Path target) throws IOException {
        try (InputStream in = BundledPrompt.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(target);
        }
    }
}
