package io.github.backendnotes.rules.rubric;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rubric.scope-file-missing and rubric.not-in-scope through engine runs. */
class ScopeRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void series() {
        write(root, "db/README.md", "# DB\n");
        write(root, "db/01_tables.md", "# Tables\n");
        write(root, "db/02_indexes.md", "# Indexes\n");
        write(root, "db/03_views.md", "# Views\n");
        write(root, "db/notes.md", "# Not numbered\n");
        write(root, "db/migrations/01_init.md", "# Init\n");
        // a sub-collection: a folder with a readme of its own
        write(root, "db/alembic/readme.md", "# Alembic\n");
        write(root, "db/alembic/01_baseline.md", "# Baseline\n");
        write(root, "db/alembic/deeper/02_branch.md", "# Branch\n");
        // a nested series owns its files
        write(root, "db/replicas/README.md", "# Replicas\n");
        write(root, "db/replicas/quality_rubric.md", "# Replicas rubric\n");
        write(root, "db/replicas/01_lag.md", "# Lag\n");
    }

    @Test
    void missingScopeFilesAndNumberedFilesOutsideTheScope() throws IOException {
        write(root, "db/quality_rubric.md", """
                # DB rubric

                ## Scope

                - `01_tables.md`
                - `./02_indexes.md`
                - `09_gone.md`
                """);
        assertEquals(List.of(
                "db/quality_rubric.md:7:1: warning [rubric.not-in-scope] numbered file '03_views.md' of the series is not in the Scope list",
                "db/quality_rubric.md:7:1: warning [rubric.not-in-scope] numbered file 'migrations/01_init.md' of the series is not in the Scope list",
                "db/quality_rubric.md:7:1: error [rubric.scope-file-missing] Scope lists '09_gone.md', which does not exist"),
                full(verifyRules(root, "rubric.")));
    }

    @Test
    void aScopeListingEveryNumberedFileHasNoFinding() throws IOException {
        write(root, "db/quality_rubric.md", """
                ## Scope

                - `01_tables.md`, `02_indexes.md`
                - `03_views.md`
                - `migrations/01_init.md`
                """);
        assertEquals(List.of(), full(verifyRules(root, "rubric.")));
    }

    @Test
    void aScopeGivenAsARangeFlagsNoNumberedFile() throws IOException {
        write(root, "db/quality_rubric.md", """
                ## Scope

                `00` 到 `02` 全章。
                """);
        assertEquals(List.of(), full(verifyRules(root, "rubric.")));
        assertEquals(List.of("db/01_tables.md", "db/02_indexes.md", "db/migrations/01_init.md"),
                verify(root).series().stream().filter(s -> s.dir().equals("db")).findFirst().orElseThrow().chapters());
    }
}
