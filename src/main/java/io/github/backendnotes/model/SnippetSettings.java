package io.github.backendnotes.model;

import java.util.List;

/**
 * The {@code snippets:} section of the configuration: whether chapter programs are compiled and run, and how.
 *
 * @param enabled          whether the vault asks for its programs to be run ({@code snippets.run}); the
 *                         {@code runSnippets} parameter wins over it
 * @param timeoutSeconds   how long one program may run
 * @param maxOutputBytes   how much standard output one program may write before it is stopped
 * @param rustEdition      the edition programs are compiled with; null for the one the rubric names, else 2021
 * @param rustDependencies the crates programs may use, compiled once into a shared scratch workspace
 * @param allowDownloads   whether cargo may fetch those crates from a registry; never, unless this says so
 */
public record SnippetSettings(boolean enabled, int timeoutSeconds, int maxOutputBytes, String rustEdition,
                              List<Dependency> rustDependencies, boolean allowDownloads) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
    public static final SnippetSettings DEFAULTS = new SnippetSettings(false, DEFAULT_TIMEOUT_SECONDS,
            DEFAULT_MAX_OUTPUT_BYTES, null, List.of(), false);

    public SnippetSettings {
        rustDependencies = List.copyOf(rustDependencies);
    }

    public SnippetSettings withEnabled(boolean on) {
        return new SnippetSettings(on, timeoutSeconds, maxOutputBytes, rustEdition, rustDependencies, allowDownloads);
    }

    /**
     * A crate programs may use.
     *
     * @param name    the crate's name as {@code Cargo.toml} writes it
     * @param version a version requirement ({@code "1"}); null when {@code path} is given
     * @param path    a local crate's folder, relative to the notes root or absolute; null for a registry crate
     */
    public record Dependency(String name, String version, String path) {
    }
}
