package io.github.backendnotes.run;

import java.nio.file.Path;

/**
 * Whether a run compiles and runs the chapters' programs, and where.
 *
 * @param enabled the {@code runSnippets} parameter: true or false wins over the configuration's {@code snippets.run};
 *                null leaves it to the configuration (off when it says nothing)
 * @param work    the scratch folder the programs are built, run and cached in; null for
 *                {@code target/backend-notes/snippets} under the notes root
 * @param path    the PATH the toolchains are looked for on; null for the environment's
 */
public record SnippetRequest(Boolean enabled, Path work, String path) {

    /** Leaves it to the configuration, with the default folder and the environment's PATH. */
    public static final SnippetRequest BY_CONFIG = new SnippetRequest(null, null, null);

    /** The PATH to look for toolchains on. */
    public String searchPath() {
        return path != null ? path : System.getenv("PATH");
    }
}
