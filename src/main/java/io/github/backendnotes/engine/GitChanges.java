package io.github.backendnotes.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref: committed since it, staged, unstaged and untracked. Runs the {@code git}
 * command; outside a work tree, or for an unknown ref, it fails with a message saying so.
 */
public final class GitChanges {

    private static final long TIMEOUT_SECONDS = 60;

    /** The changed files cannot be known: no work tree, an unknown ref, no git. */
    public static final class GitException extends IOException {
        GitException(String message) {
            super(message);
        }

        GitException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private GitChanges() {
    }

    /** Paths relative to {@code notesRoot}, with {@code /}, of the changed files below it. */
    public static Set<String> since(Path notesRoot, String ref) throws IOException {
        Path root = notesRoot.toAbsolutePath().normalize();
        List<String> topLevel = git(root, "rev-parse", "--show-toplevel");
        if (topLevel.isEmpty()) {
            throw new GitException(root + " is not inside a git work tree");
        }
        Path workTree = Path.of(topLevel.get(0)).toAbsolutePath().normalize();
        git(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        Set<String> changed = new LinkedHashSet<>();
        // the working tree against the ref: commits since it, staged and unstaged changes
        List<String> paths = new ArrayList<>(git(workTree, "diff", "--name-only", "--no-renames", "--diff-filter=d", ref, "--"));
        paths.addAll(git(workTree, "ls-files", "--others", "--exclude-standard"));
        for (String path : paths) {
            Path file = workTree.resolve(path).normalize();
            if (file.startsWith(root)) {
                changed.add(root.relativize(file).toString().replace('\\', '/'));
            }
        }
        return changed;
    }

    private static List<String> git(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotepath=off");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage(), e);
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(err.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + String.join(" ", arguments) + " did not finish");
            }
            if (process.exitValue() != 0) {
                String reason = errors.isEmpty() ? "exit code " + process.exitValue() : errors.lines().findFirst().orElse("");
                if (arguments[0].equals("rev-parse") && arguments.length > 1 && arguments[1].equals("--verify")) {
                    throw new GitException("'" + arguments[arguments.length - 1].replace("^{commit}", "") + "' is not a commit in " + directory);
                }
                if (reason.contains("not a git repository")) {
                    throw new GitException(directory + " is not inside a git work tree");
                }
                throw new GitException("git " + arguments[0] + " failed in " + directory + ": " + reason);
            }
            return output.lines().filter(line -> !line.isBlank()).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }
}
