package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Digits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one language's program is written to its scratch folder and compiled: {@code rustc} with the edition, a
 * short error format and the declared crates; {@code go build} in a module of its own, with the module proxy off
 * unless downloads are allowed. Both compile to {@code program} in the folder.
 *
 * @param toolchain the compiler
 * @param options   what besides the code changes the outcome: part of the cache key
 * @param arguments the compiler's arguments before the source (the edition, the crates)
 */
record Build(Language language, Toolchain toolchain, String options, List<String> arguments,
             Map<String, String> environment) {

    /** The compiler's located messages: {@code main.rs:3:5: error[E0425]: …}, {@code ./main.go:3:5: undefined: y}. */
    private static final Pattern LOCATED = Pattern.compile("(?m)^(?:\\./)?main\\.(?:rs|go):(\\d+):(\\d+): (.*)$");

    static Build rust(Toolchain rustc, String edition, List<String> externs, String dependencies) {
        List<String> arguments = new ArrayList<>(List.of("--edition", edition, "--crate-name", "program",
                "--error-format=short", "-A", "warnings", "-C", "debuginfo=0"));
        arguments.addAll(externs);
        return new Build(Language.RUST, rustc, "edition " + edition + "; " + dependencies, arguments, Map.of());
    }

    static Build go(Toolchain go, String moduleVersion, boolean allowDownloads, Path cache) {
        Map<String, String> environment = allowDownloads
                ? Map.of("GOTOOLCHAIN", "local", "GOFLAGS", "-mod=mod", "GOCACHE", cache.toString())
                : Map.of("GOTOOLCHAIN", "local", "GOFLAGS", "-mod=mod", "GOPROXY", "off", "GOCACHE", cache.toString());
        return new Build(Language.GO, go, "go " + moduleVersion + "; downloads " + allowDownloads, List.of(moduleVersion),
                environment);
    }

    /** Writes the program (and for Go its module file) into the folder. */
    void write(Path dir, String code) throws IOException {
        Files.createDirectories(dir);
        if (language == Language.RUST) {
            Files.writeString(dir.resolve("main.rs"), code, StandardCharsets.UTF_8);
        } else {
            Files.writeString(dir.resolve("main.go"), code, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("go.mod"), "module program\n\ngo " + arguments.get(0) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    List<String> compileCommand() {
        List<String> command = new ArrayList<>();
        command.add(toolchain.executable().toString());
        if (language == Language.RUST) {
            command.addAll(arguments);
            command.addAll(List.of("-o", "program", "main.rs"));
        } else {
            command.addAll(List.of("build", "-o", "program", "."));
        }
        return command;
    }

    /**
     * The compiler's first error as an outcome: its message and the code's 0-based line and column it names, when it
     * names one in the program.
     */
    Outcome compileError(String output) {
        Matcher located = LOCATED.matcher(output);
        while (located.find()) {
            String message = located.group(3).strip();
            if (language == Language.GO || message.startsWith("error")) {
                return new Outcome(Outcome.Status.COMPILE_ERROR, message, Digits.value(located.group(1)) - 1,
                        Digits.value(located.group(2)), -1, "", false);
            }
        }
        String first = output.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("the compiler failed without a message");
        return new Outcome(Outcome.Status.COMPILE_ERROR, first, -1, 0, -1, "", false);
    }
}
