package io.holdslayer.application.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where recordings are on disk. Paths inside the data directory are stored relative to it (the directory can be
 * moved); others stay absolute. Deleting is refused for any file that is not really inside the data directory,
 * symbolic links resolved.
 */
final class RecordingFiles {

    private final Path dataDir;

    RecordingFiles(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The path to store for a file the media plane named. */
    String stored(String path) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        return file.startsWith(dataDir) ? dataDir.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    Path resolve(String storedPath) {
        Path file = Path.of(storedPath);
        return file.isAbsolute() ? file : dataDir.resolve(file).normalize();
    }

    /** @return false when the file was already gone */
    boolean delete(String storedPath) throws IOException {
        Path file = resolve(storedPath);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path real = file.toRealPath();
        if (!Files.isDirectory(dataDir) || !real.startsWith(dataDir.toRealPath()) || !Files.isRegularFile(real)) {
            throw new IOException("refusing to delete " + file + ": not a file inside the data directory " + dataDir);
        }
        Files.delete(real);
        return true;
    }
}
