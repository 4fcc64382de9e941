package io.github.m365health.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a path lies on a read-only mount. The JDK's {@code FileStore.isReadOnly()} finds a
 * path's mount by its device, so it misses a read-only bind mount of a writable file system
 * (the usual read-only volume of a container); on Linux the mount table says it directly.
 */
final class ReadOnlyMounts {

    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

    private ReadOnlyMounts() {
    }

    static boolean contains(Path path) {
        try {
            Path real = path.toRealPath();
            return Files.getFileStore(real).isReadOnly() || (Files.isReadable(MOUNT_INFO) && readOnlyInMountInfo(real));
        } catch (IOException e) {
            // Unknown: the checks and errors that follow say what is wrong.
            return false;
        }
    }

    /** mountinfo(5): field 5 is the mount point, 6 the mount's options, the last one the file system's. */
    private static boolean readOnlyInMountInfo(Path path) throws IOException {
        String closest = null;
        boolean readOnly = false;
        for (String line : Files.readAllLines(MOUNT_INFO)) {
            String[] fields = line.split(" ");
            if (fields.length < 6) {
                continue;
            }
            String mountPoint = unescape(fields[4]);
            // The last of equally close mounts is the one on top.
            if (path.startsWith(mountPoint) && (closest == null || mountPoint.length() >= closest.length())) {
                closest = mountPoint;
                readOnly = hasRo(fields[5]) || hasRo(fields[fields.length - 1]);
            }
        }
        return readOnly;
    }

    private static boolean hasRo(String options) {
        return List.of(options.split(",")).contains("ro");
    }

    /** Spaces, tabs, newlines and backslashes in mount points are written as octal escapes. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
