package io.github.backendnotes.engine;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.run.SnippetRequest;
import io.github.backendnotes.snippets.Toolchain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A run with runSnippets: the chapters' programs compiled and run, the findings at the notes' lines. */
class RunSnippetsTest {

    private static final String PATH = System.getenv("PATH");

    @TempDir
    Path root;
    @TempDir
    Path work;

    @BeforeEach
    void vault() {
        write(root, "rust/README.md", "# Rust\n");
        write(root, "rust/quality_rubric.md", """
                # Rubric

                ## Chapter-level Minimums

                1. `Rust 實作`

                ### Rust 實作

                - 完整可編譯可執行，含 `fn main()`。
                - 語法需符合 Rust 2024 edition。

                ## Review Checklist

                - [ ] Rust 程式碼可直接編譯執行。
                """);
        write(root, "rust/01_programs.md", """
                # Programs

                ## Rust 實作

                ```rust
                fn main() {
                    println!("same");
                }
                // Output:
                // same
                ```

                ```rust
                fn main() {
                    println!("{}", missing);
                }
                ```

                ```rust
                fn main() {
                    println!("other");
                }

                // Output:
                // expected
                ```

                ```rust
                use std::collections::HashMap;

                fn main() {
                    let _ = HashMap::<u8, u8>::new();
                    let x: u32 = uuid::random();
                }
                ```

                ```go
                package main

                import "fmt"

                func main() {
                \tfmt.Println("go")
                }
                ```

                A fragment is no program:

                ```rust
                let y = 2;
                ```
                """);
    }

    private RunResult run(Boolean enabled) throws IOException {
        return new Engine().run(request(root), new SnippetRequest(enabled, work, PATH + ":" + noGo()));
    }

    /** The PATH without a go, whatever the machine has: a folder that holds none is appended and never reached. */
    private String noGo() throws IOException {
        return Files.createDirectories(work.resolve("bin")).toString();
    }

    private static List<String> programFindings(RunResult result) {
        return full(result.findings().stream().filter(f -> f.ruleId().matches(
                "code\\.(compile-error|runtime-error|output-mismatch|timeout|not-run)")).toList());
    }

    @Test
    void programsAreCompiledAndRunAndTheirFindingsPointIntoTheNote() throws IOException {
        assumeTrue(Toolchain.find("rustc", PATH).isPresent(), "no rustc on the PATH");
        boolean go = Toolchain.find("go", PATH).isPresent();
        List<String> found = programFindings(run(true));
        assertEquals(List.of(
                "rust/01_programs.md:15:20: error [code.compile-error] the Rust program does not compile: error[E0425]: cannot find value `missing` in this scope: not found in this scope",
                "rust/01_programs.md:24:0: error [code.output-mismatch] the Rust program prints other lines than its output block shows: line 1: expected 'expected', got 'other'",
                "rust/01_programs.md:28:0: info [code.not-run] the Rust program was not run: needs the crates uuid, which snippets.rust.dependencies does not declare"),
                go ? found.stream().filter(f -> !f.contains("Go program")).toList() : found.subList(0, 3));
        if (!go) {
            assertEquals("rust/01_programs.md:37:0: info [code.not-run] the Go program was not run: no go on the PATH",
                    found.get(3));
        }
    }

    @Test
    void theRubricsExecutionLinesAreEnforcedOnlyWhenProgramsRun() throws IOException {
        Rubric off = run(false).series().get(0).rubric();
        assertEquals(List.of(), programFindings(run(false)));
        assertTrue(off.notChecked().stream().anyMatch(l -> l.text().contains("Rust 程式碼可直接編譯執行")
                && l.reason() == Rubric.Reason.NEEDS_EXECUTION), off.notChecked().toString());
        write(root, ".backend-notes.yml", "snippets:\n  run: true\n");
        Rubric on = run(null).series().get(0).rubric();
        assertTrue(on.notChecked().stream().noneMatch(l -> l.text().contains("編譯")), on.notChecked().toString());
        assertEquals(3, on.enforced().stream().filter(l -> l.text().contains("(code.compile-error")).count(),
                on.enforced().toString());
    }

    @Test
    void offByDefault() throws IOException {
        assertEquals(List.of(), programFindings(new Engine().run(request(root))));
        assertTrue(Files.notExists(root.resolve("target")), "no scratch folder in the notes tree");
    }

    @Test
    void switchedOnByTheConfigurationAloneTheScratchFolderStaysOutOfTheNotesTree() throws IOException {
        write(root, ".backend-notes.yml", "snippets:\n  run: true\n");
        new Engine().run(request(root));
        assertTrue(Files.notExists(root.resolve("target")), "no scratch folder in the notes tree");
    }
}
