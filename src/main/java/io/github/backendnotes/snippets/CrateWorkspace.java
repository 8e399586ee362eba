package io.github.backendnotes.snippets;

import io.github.backendnotes.model.SnippetSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crates of {@code snippets.rust.dependencies}, compiled once per run into a shared scratch cargo package
 * ({@code crates/}) by {@code cargo build --offline} (without {@code --offline} only when downloads are allowed);
 * each program that uses them is then compiled by {@code rustc} with {@code --extern} for each crate.
 */
final class CrateWorkspace {

    private static final Pattern ARTIFACT = Pattern.compile(
            "\"reason\":\"compiler-artifact\".*?\"target\":\\{.*?\"name\":\"([^\"]+)\".*?\"filenames\":\\[([^\\]]*)\\]");
    private static final Pattern RLIB = Pattern.compile("\"([^\"]+\\.rlib)\"");
    private static final long BUILD_TIMEOUT_MILLIS = 600_000;

    /** The crates built: the rustc arguments that let a program use them, or why they could not be built. */
    record Built(List<String> arguments, String problem) {
    }

    private final Path folder;
    private final SnippetSettings settings;
    private final String path;
    private final Path root;
    private final Map<String, Built> byEdition = new LinkedHashMap<>();

    CrateWorkspace(Path folder, SnippetSettings settings, String path, Path root) {
        this.folder = folder;
        this.settings = settings;
        this.path = path;
        this.root = root;
    }

    /** The crates of the list that the configuration does not declare. */
    List<String> undeclared(List<String> crates) {
        List<String> declared = settings.rustDependencies().stream().map(d -> d.name().replace('-', '_')).toList();
        return crates.stream().filter(c -> !declared.contains(c)).toList();
    }

    /** What the cached outcomes depend on: the declared crates and where they come from. */
    String signature() {
        return manifestDependencies() + "downloads " + settings.allowDownloads();
    }

    /** Builds the crates once for the edition; every later call gives the same answer. */
    synchronized Built build(String edition) {
        return byEdition.computeIfAbsent(edition, this::compile);
    }

    private Built compile(String edition) {
        Path cargo = Toolchain.onPath("cargo", path).orElse(null);
        if (cargo == null) {
            return new Built(List.of(), "no cargo on the PATH");
        }
        Path dir = folder.resolve(edition);
        try {
            Files.createDirectories(dir.resolve("src"));
            Files.writeString(dir.resolve("src/lib.rs"), "", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"snippet-crates\"\nversion = \"0.0.0\"\n"
                    + "edition = \"" + edition + "\"\n\n[workspace]\n\n[dependencies]\n" + manifestDependencies(),
                    StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(cargo.toString(), "build", "--message-format=json"));
            if (!settings.allowDownloads()) {
                command.add("--offline");
            }
            ProcessRunner.Result result = ProcessRunner.run(command, dir, Map.of("CARGO_TARGET_DIR",
                    dir.resolve("target").toString()), BUILD_TIMEOUT_MILLIS, 16 * 1024 * 1024);
            if (result.exitCode() != 0) {
                return new Built(List.of(), firstError(result.stderr()));
            }
            return new Built(externs(result.stdout(), dir.resolve("target/debug/deps")), null);
        } catch (IOException e) {
            return new Built(List.of(), e.getMessage());
        }
    }

    private List<String> externs(String messages, Path deps) {
        List<String> arguments = new ArrayList<>(List.of("-L", "dependency=" + deps));
        List<String> wanted = settings.rustDependencies().stream().map(d -> d.name().replace('-', '_')).toList();
        for (String line : messages.split("\n")) {
            Matcher artifact = ARTIFACT.matcher(line);
            if (artifact.find() && wanted.contains(artifact.group(1).replace('-', '_'))) {
                Matcher rlib = RLIB.matcher(artifact.group(2));
                if (rlib.find()) {
                    arguments.add("--extern");
                    arguments.add(artifact.group(1).replace('-', '_') + "=" + rlib.group(1));
                }
            }
        }
        return arguments;
    }

    private String manifestDependencies() {
        StringBuilder toml = new StringBuilder();
        for (SnippetSettings.Dependency dependency : settings.rustDependencies()) {
            toml.append(dependency.name()).append(" = ");
            if (dependency.path() != null) {
                Path local = root.resolve(dependency.path()).toAbsolutePath().normalize();
                toml.append("{ path = \"").append(local.toString().replace("\\", "/")).append("\" }\n");
            } else {
                toml.append('"').append(dependency.version().replace("\"", "")).append("\"\n");
            }
        }
        return toml.toString();
    }

    /** Cargo's first error line, or its first line when it has none. */
    private static String firstError(String stderr) {
        return stderr.lines().map(String::strip).filter(l -> l.startsWith("error")).findFirst()
                .orElse(stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                        .orElse("cargo failed without a message"));
    }
}
