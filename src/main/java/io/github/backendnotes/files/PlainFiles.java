package io.github.backendnotes.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Whether a file the run names can be read as a plain file. */
public final class PlainFiles {

    private PlainFiles() {
    }

    /**
     * Whether {@code file} is a regular file that may be read. Inside the root it is read only when neither it nor a
     * folder on its way from the root is a symbolic link: the walk reports those links and never follows them.
     */
    public static boolean isPlainFile(Path root, Path file) {
        if (!file.startsWith(root)) {
            return Files.isRegularFile(file);
        }
        Path current = root;
        for (Path part : root.relativize(file)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                return false;
            }
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
