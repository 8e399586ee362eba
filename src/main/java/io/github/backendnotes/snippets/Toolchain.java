package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Digits;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiler found on the PATH, with the version it reports ({@code rustc 1.95.0 (…)}, {@code go version go1.24.2
 * linux/amd64}): the version is part of every cached result's key, and compared with what the rubric asks for.
 *
 * @param executable the compiler
 * @param version    the first line it prints when asked for its version
 * @param major      its major version
 * @param minor      its minor version
 */
public record Toolchain(Path executable, String version, int major, int minor) {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final long VERSION_TIMEOUT_MILLIS = 30_000;

    /** The command on the PATH with the version it reports, or empty when there is none or it does not answer. */
    public static Optional<Toolchain> find(String command, String path) {
        Optional<Path> executable = onPath(command, path);
        if (executable.isEmpty()) {
            return Optional.empty();
        }
        String flag = command.equals("go") ? "version" : "--version";
        try {
            ProcessRunner.Result result = ProcessRunner.run(List.of(executable.get().toString(), flag),
                    Path.of(System.getProperty("java.io.tmpdir")), Map.of(), VERSION_TIMEOUT_MILLIS, 4096);
            String first = result.stdout().strip().split("\n", 2)[0].strip();
            Matcher number = NUMBER.matcher(first);
            if (result.exitCode() != 0 || !number.find()) {
                return Optional.empty();
            }
            return Optional.of(new Toolchain(executable.get(), first, Digits.value(number.group(1)),
                    Digits.value(number.group(2))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first executable file of that name in the folders of the PATH. */
    static Optional<Path> onPath(String command, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether this is older than {@code major.minor}. */
    public boolean olderThan(int[] least) {
        return least != null && (major < least[0] || (major == least[0] && minor < least[1]));
    }

    /** "go1.19", "rustc 1.95": how a finding names it. */
    public String shortName() {
        return version.startsWith("go version ") ? version.split("\\s+")[2] : version.split("\\s+\\(")[0];
    }
}
