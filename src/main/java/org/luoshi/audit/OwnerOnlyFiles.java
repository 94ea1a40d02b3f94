package org.luoshi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that only the account running luoshi may read (keys, checkpoints): directories rwx------, files
 * rw-------, written to a temporary name and moved into place so that a reader never sees half a file.
 */
final class OwnerOnlyFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {}

    static void directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (POSIX) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Writes the file anew, readable by its owner only; {@code readable} leaves it world-readable (public keys). */
    static void write(Path file, byte[] content, boolean readable) {
        Path dir = file.toAbsolutePath().getParent();
        directory(dir);
        try {
            Path temp = Files.createTempFile(dir, ".tmp-", "");
            try {
                if (POSIX) {
                    Files.setPosixFilePermissions(
                            temp, PosixFilePermissions.fromString(readable ? "rw-r--r--" : "rw-------"));
                }
                Files.write(temp, content);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
