package io.github.backendnotes.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitChangesTest {

    @TempDir
    Path dir;

    private void git(Path in, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void committedStagedUnstagedAndUntrackedChangesBelowTheNotesRoot() throws Exception {
        write("notes/a.md", "a");
        write("notes/b.md", "b");
        write("notes/c.md", "c");
        write("outside.md", "o");
        git(dir, "init", "-q");
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "base");
        git(dir, "tag", "base");
        write("notes/a.md", "a2");
        git(dir, "commit", "-q", "-am", "committed since the ref");
        write("notes/b.md", "b2");
        git(dir, "add", "notes/b.md");
        write("notes/c.md", "c2");
        write("notes/new note.md", "n");
        write("outside.md", "o2");
        Files.delete(dir.resolve("notes/a.md"));
        write("notes/sub/d.md", "d");

        Set<String> changed = GitChanges.since(dir.resolve("notes"), "base");
        assertEquals(Set.of("b.md", "c.md", "new note.md", "sub/d.md"), changed);
    }

    @Test
    void outsideAWorkTreeIsAClearError() {
        GitChanges.GitException error = assertThrows(GitChanges.GitException.class, () -> GitChanges.since(dir, "HEAD"));
        assertTrue(error.getMessage().contains("is not inside a git work tree"), error.getMessage());
    }

    @Test
    void anUnknownRefIsAClearError() throws Exception {
        write("a.md", "a");
        git(dir, "init", "-q");
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "base");
        GitChanges.GitException error = assertThrows(GitChanges.GitException.class, () -> GitChanges.since(dir, "no-such-ref"));
        assertTrue(error.getMessage().startsWith("'no-such-ref' is not a commit"), error.getMessage());
    }
}
