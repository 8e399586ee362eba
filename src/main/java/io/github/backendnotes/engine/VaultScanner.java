package io.github.backendnotes.engine;

import io.github.backendnotes.model.Rule;
import io.github.backendnotes.parse.ParseRules;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the Markdown files of a notes tree. Symbolic links are not followed. Version-control, editor and
 * build folders and hidden folders are always skipped. The configured excludes mean "do not check", not "does not
 * exist": excluded files are still listed, apart, so that links to them resolve, but never read or reported on.
 */
final class VaultScanner {

    private static final Set<String> ALWAYS_SKIPPED = Set.of("target", "node_modules");

    /**
     * Paths relative to the root with {@code /}: the Markdown files to check, sorted; every other file (link targets
     * such as images, excluded ones too); the entries that could not be read; and the excluded Markdown files.
     */
    record Scan(List<String> markdownFiles, Set<String> otherFiles, List<Unreadable> unreadable,
                Set<String> excludedNotes) {
    }

    /** An entry the walk could not read, or did not follow, reported under {@code rule}. */
    record Unreadable(Rule rule, String path, String message) {
    }

    private final Path root;
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final List<PathMatcher> excludedFolders = new ArrayList<>();

    VaultScanner(Path root, List<String> globs) {
        this.root = root;
        for (String glob : globs) {
            String trimmed = glob.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
            if (trimmed.endsWith("/**")) {
                excludedFolders.add(FileSystems.getDefault().getPathMatcher(
                        "glob:" + trimmed.substring(0, trimmed.length() - 3)));
            }
        }
    }

    Scan scan() throws IOException {
        return scan((path, size) -> { });
    }

    /**
     * @param found told of each Markdown file and its size as the walk finds it, for work that can start before
     *              the walk ends
     */
    Scan scan(java.util.function.ObjLongConsumer<String> found) throws IOException {
        Walk walk = new Walk(found);
        Files.walkFileTree(root, walk);
        walk.files.sort(null);
        return new Scan(walk.files, walk.others, walk.problems, walk.excluded);
    }

    /** One walk of the tree, gathering what {@link Scan} holds. */
    private final class Walk extends SimpleFileVisitor<Path> {

        private final java.util.function.ObjLongConsumer<String> found;
        private final List<String> files = new ArrayList<>();
        private final Set<String> others = new HashSet<>();
        private final List<Unreadable> problems = new ArrayList<>();
        private final Set<String> excluded = new HashSet<>();
        /** The excluded folder the walk is in, or null: everything below it is listed, not checked. */
        private Path excludedFolder;

        Walk(java.util.function.ObjLongConsumer<String> found) {
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            Path relative = root.relativize(dir);
            if (skippedFolder(name)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (excludedFolder == null && (matches(excludedFolders, relative) || matches(excludes, relative))) {
                excludedFolder = dir;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (dir.equals(excludedFolder)) {
                excludedFolder = null;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path relative = root.relativize(file);
            boolean checked = excludedFolder == null && !matches(excludes, relative);
            if (attrs.isSymbolicLink() && checked) {
                problems.add(new Unreadable(ParseRules.SYMLINK, slashed(relative), symlinkMessage(file)));
            } else if (attrs.isRegularFile()) {
                String path = slashed(relative);
                if (!isMarkdown(file)) {
                    others.add(path);
                } else if (checked) {
                    files.add(path);
                    found.accept(path, attrs.size());
                } else {
                    excluded.add(path);
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (excludedFolder == null) {
                problems.add(new Unreadable(ParseRules.UNREADABLE, slashed(root.relativize(file)),
                        "cannot be read: " + e.getClass().getSimpleName()));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** Where the link points, said without opening it; outside the root only as such. */
    private String symlinkMessage(Path link) {
        try {
            Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            if (target.equals(root)) {
                return "symbolic link to the notes root itself is not followed";
            }
            return target.startsWith(root)
                    ? "symbolic link to '" + slashed(root.relativize(target)) + "' is not followed"
                    : "symbolic link to a path outside the notes root is not followed";
        } catch (IOException e) {
            return "symbolic link is not followed";
        }
    }


    static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** Hidden, version-control, editor and build folders: never walked into. */
    static boolean skippedFolder(String name) {
        return name.startsWith(".") || ALWAYS_SKIPPED.contains(name);
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
