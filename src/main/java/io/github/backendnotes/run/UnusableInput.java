package io.github.backendnotes.run;

import java.io.IOException;

/**
 * A file the run was told to use (the notes directory, a configuration file or baseline named or present) that is
 * missing or cannot be used. Thrown before the tree is walked: a run with such an input would check the wrong
 * things, so it does not start. The message names the path and what is wrong with it.
 */
public final class UnusableInput extends IOException {

    public UnusableInput(String message) {
        super(message);
    }

    /** Why a path that should be a readable file is not: it is missing, a folder, or a link the run does not follow. */
    public static String notAFile(java.nio.file.Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        return java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? "is not a plain file (a symbolic link, or on the way through one)" : "does not exist";
    }
}
