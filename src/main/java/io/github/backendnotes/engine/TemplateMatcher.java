package io.github.backendnotes.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Matches the notes that are templates or prompts, by globs over paths relative to the notes root. */
final class TemplateMatcher {

    private final List<PathMatcher> matchers;

    TemplateMatcher(List<String> globs) {
        this.matchers = globs.stream().map(String::trim).filter(g -> !g.isEmpty())
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        // "**/templates/**" should also match "templates/x.md" at the root
        Path rooted = Path.of("_", relativePath);
        return matchers.stream().anyMatch(m -> m.matches(path) || m.matches(rooted));
    }
}
