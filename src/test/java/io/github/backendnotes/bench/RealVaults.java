package io.github.backendnotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Vaults of real notes, built from the corpus beside the checkout (never copied into the repository): N copies of
 * one of its trees, each in a folder of its own ({@code copy_0001/…}) so that its series stay distinct.
 */
final class RealVaults {

    /** The trees {@code --real} names, relative to the corpus. */
    private static final Map<String, String> TREES = Map.of(
            "backend", "upstream-head/40_knowledge/backend",
            "docs", "external/obsidian-developer-docs/en");

    private RealVaults() {
    }

    /** Writes the vault and returns the tree it copied. */
    static Path build(Path corpus, String name, Path vault, int copies) throws IOException {
        String relative = TREES.get(name);
        if (relative == null) {
            throw new IllegalArgumentException("--real takes one of " + TREES.keySet() + ", not " + name);
        }
        Path tree = corpus.resolve(relative);
        if (!Files.isDirectory(tree)) {
            throw new IllegalArgumentException("no tree at " + tree + " (give the corpus with --corpus <dir>)");
        }
        Benchmark.copyTimes(tree, vault, copies);
        copyLinkSettings(corpus, tree, vault);
        return tree;
    }

    /**
     * The copies resolve links as the tree does where it lives: the plugin reads an {@code .obsidian/} folder (or a
     * {@code .gitignore} that leaves it out) at the notes root or above it, so the nearest one above the tree goes
     * to the vault's root.
     */
    private static void copyLinkSettings(Path corpus, Path tree, Path vault) throws IOException {
        Path top = corpus.toAbsolutePath().normalize();
        for (Path folder = tree.toAbsolutePath().normalize(); folder != null && folder.startsWith(top);
             folder = folder.getParent()) {
            Path settings = folder.resolve(".obsidian");
            if (Files.isDirectory(settings)) {
                copyFolder(settings, vault.resolve(".obsidian"));
                return;
            }
            if (Files.isRegularFile(folder.resolve(".gitignore"))) {
                Files.copy(folder.resolve(".gitignore"), vault.resolve(".gitignore"));
                return;
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
