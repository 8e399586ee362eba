package io.github.backendnotes.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** How much Markdown a notes tree holds, counted as the walk lists notes, and only up to a bound. */
public final class MarkdownSize {

    private MarkdownSize() {
    }

    /**
     * The bytes of the tree's Markdown files, or {@code limit} as soon as they reach it, so that a large tree is not
     * walked to its end; what cannot be walked counts nothing.
     */
    public static long upTo(Path root, long limit) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && VaultScanner.skippedFolder(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && VaultScanner.isMarkdown(file)) {
                        total[0] += attrs.size();
                    }
                    return total[0] >= limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a root that is missing or not a folder: the run itself says so
        }
        return Math.min(total[0], limit);
    }
}
