package io.github.backendnotes.snippets;

import io.github.backendnotes.model.SnippetSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Compiling and running programs with the rustc on the PATH (skipped without one) and a stand-in go. */
class SnippetRunnerTest {

    private static final String PATH = System.getenv("PATH");

    @TempDir
    Path work;

    private static Program rust(String code) {
        return new Program("a.md", "s", Language.RUST, code, 10, ExpectedOutput.of(code).orElse(null),
                ExternalPaths.rustCrates(code), false, new RubricFacts("2024", null));
    }

    private Outcome run(SnippetSettings settings, Program program) {
        assumeTrue(Toolchain.find("rustc", PATH).isPresent(), "no rustc on the PATH");
        return new SnippetRunner(work, settings, PATH, work, 2).run(List.of(program)).get(program);
    }

    private Outcome run(Program program) {
        return run(SnippetSettings.DEFAULTS.withEnabled(true), program);
    }

    @Test
    void aProgramThatCompilesRunsAndIsCachedByItsCode() {
        Program program = rust("fn main() {\n    println!(\"hi\");\n}\n// Output:\n// hi\n");
        Outcome first = run(program);
        assertEquals(Outcome.Status.RAN, first.status());
        assertEquals("hi\n", first.stdout());
        assertFalse(first.cached());
        Outcome again = run(program);
        assertTrue(again.cached());
        assertEquals("hi\n", again.stdout());
        assertFalse(run(rust("fn main() {\n    println!(\"ho\");\n}\n")).cached());
    }

    @Test
    void aCompileErrorNamesTheCodesLine() {
        Outcome outcome = run(rust("fn main() {\n    let x = 1;\n    println!(\"{}\", y);\n}\n"));
        assertEquals(Outcome.Status.COMPILE_ERROR, outcome.status());
        assertEquals(2, outcome.line());
        assertTrue(outcome.detail().startsWith("error[E0425]"), outcome.detail());
    }

    @Test
    void theEditionIsTheRubrics() {
        // `gen` is a keyword from the 2024 edition on
        Outcome outcome = run(rust("fn main() {\n    let gen = 1;\n    println!(\"{gen}\");\n}\n"));
        assertEquals(Outcome.Status.COMPILE_ERROR, outcome.status(), outcome.detail());
    }

    @Test
    void aPanicIsARuntimeErrorWithItsStatusAndMessage() {
        Outcome outcome = run(rust("fn main() {\n    panic!(\"boom\");\n}\n"));
        assertEquals(Outcome.Status.RUNTIME_ERROR, outcome.status());
        assertEquals(101, outcome.exitCode());
        assertTrue(outcome.detail().contains("boom"), outcome.detail());
    }

    @Test
    void aLoopIsStoppedAtTheTimeLimit() {
        SnippetSettings oneSecond = new SnippetSettings(true, 1, 1024, null, List.of(), false);
        long start = System.nanoTime();
        Outcome outcome = run(oneSecond, rust("fn main() {\n    loop {\n        std::hint::spin_loop();\n    }\n}\n"));
        assertEquals(Outcome.Status.TIMEOUT, outcome.status());
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }

    @Test
    void endlessOutputIsStoppedAtTheCap() {
        SnippetSettings small = new SnippetSettings(true, 30, 1000, null, List.of(), false);
        Outcome outcome = run(small, rust("fn main() {\n    loop {\n        println!(\"more\");\n    }\n}\n"));
        assertEquals(Outcome.Status.RUNTIME_ERROR, outcome.status());
        assertTrue(outcome.detail().contains("more than 1000 bytes"), outcome.detail());
    }

    @Test
    void anUndeclaredCrateIsNotRunAndNamed() {
        Outcome outcome = run(rust("#[tokio::main]\nasync fn main() {\n    println!(\"x\");\n}\n"));
        assertEquals(Outcome.Status.NOT_RUN, outcome.status());
        assertEquals("needs the crates tokio, which snippets.rust.dependencies does not declare", outcome.detail());
    }

    @Test
    void aDeclaredLocalCrateIsBuiltOnceAndUsed() {
        assumeTrue(Toolchain.onPath("cargo", PATH).isPresent(), "no cargo on the PATH");
        write(work, "vendor/greeting/Cargo.toml", "[package]\nname = \"greeting\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        write(work, "vendor/greeting/src/lib.rs", "pub fn hello() -> &'static str {\n    \"hello from a crate\"\n}\n");
        SnippetSettings settings = new SnippetSettings(true, 10, 4096, null,
                List.of(new SnippetSettings.Dependency("greeting", null, "vendor/greeting")), false);
        Outcome outcome = run(settings, rust("fn main() {\n    println!(\"{}\", greeting::hello());\n}\n"));
        assertEquals(Outcome.Status.RAN, outcome.status(), outcome.detail());
        assertEquals("hello from a crate\n", outcome.stdout());
    }

    @Test
    void goIsNotRunWithoutAToolchainOrWithOneOlderThanTheRubricAsks() throws IOException {
        Program go = new Program("a.md", "s", Language.GO, "package main\n\nfunc main() {}\n", 3, null, List.of(), false,
                new RubricFacts(null, new int[] {1, 24}));
        Path empty = Files.createDirectories(work.resolve("empty"));
        assertEquals(Outcome.notRun("no go on the PATH"),
                new SnippetRunner(work, SnippetSettings.DEFAULTS, empty.toString(), work, 1).run(List.of(go)).get(go));
        Path old = Files.createDirectories(work.resolve("old"));
        Path fake = write(old, "go", "#!/bin/sh\necho 'go version go1.19.8 linux/amd64'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Outcome.notRun("go1.19.8 on the PATH is older than Go 1.24, which the rubric asks for"),
                new SnippetRunner(work, SnippetSettings.DEFAULTS, old.toString(), work, 1).run(List.of(go)).get(go));
    }

    @Test
    void goRunsWhereARecentToolchainIsOnThePath() {
        assumeTrue(Toolchain.find("go", PATH).filter(t -> !t.olderThan(new int[] {1, 21})).isPresent(),
                "no go 1.21 or newer on the PATH");
        String code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"go\")\n}\n";
        Program go = new Program("a.md", "s", Language.GO, code, 3, null, List.of(), false, RubricFacts.NONE);
        Outcome outcome = new SnippetRunner(work, SnippetSettings.DEFAULTS, PATH, work, 1).run(List.of(go)).get(go);
        assertEquals(Outcome.Status.RAN, outcome.status(), outcome.detail());
        assertEquals("go\n", outcome.stdout());
    }
}
