package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.code.ManifestStandardRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crate versions and the edition a rubric names, held against the Cargo manifests a chapter shows. */
class DependencyVersionsTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Server`

            ### Server

            - 語法需符合 Rust 2024 edition，使用 Axum 0.8+ / tokio 1.x。

            ## Code Snippet Standards

            - Rust: tokio 1.x, axum 0.8+, Rust 2024 edition
            """);

    private static final String OLD = "## Server\n\n```toml\n[package]\nedition = \"2021\"\n\n[dependencies]\naxum = \"0.7\"\n"
            + "tokio = { version = \"1\", features = [\"full\"] }\n```\n";

    @Test
    void theVersionsAreReadAndTheEditionNeedsABuild() {
        assertEquals(List.of("Server: 語法需符合 Rust 2024 edition"),
                CHAPTER.rubric().notChecked().stream().map(Rubric.RubricLine::text).toList());
        assertEquals(Map.of("axum", "0.8", "tokio", "1", "sqlx", "0.8"), Manifests.minimums("Axum 0.8+ / sqlx 0.8+ / tokio 1.x"));
        assertEquals("2024", Manifests.edition("Rust 2024 edition"));
        assertTrue(Manifests.below("0.7.5", "0.8"));
        assertFalse(Manifests.below("^1.38", "1"));
    }

    @Test
    void aSectionsManifestBelowTheMinimumIsReported() {
        assertEquals(List.of(new Finding("section.dependency-versions", Severity.ERROR, "s/01_a.md", 1, 1, "section 'Server' "
                + "declares axum \"0.7\" (line 8, at least 0.8); rubric: 語法需符合 Rust 2024 edition，使用 Axum 0.8+ / tokio 1.x。",
                "s")), runOn(new DependencyVersionsRule(), OLD, CHAPTER));
        assertEquals(List.of(), runOn(new DependencyVersionsRule(), "## Server\n\n```rust\nfn main() {}\n```\n", CHAPTER));
    }

    @Test
    void everyManifestOfTheChapterMeetsTheCodeStandard() {
        assertEquals(List.of(new Finding("code.manifest-versions", Severity.ERROR, "s/01_a.md", 3, 1, "Cargo manifest declares "
                + "axum \"0.7\" (line 8, at least 0.8), edition \"2021\" (line 5, expected 2024); rubric: Rust: tokio 1.x, "
                + "axum 0.8+, Rust 2024 edition", "s")), runOn(new ManifestStandardRule(), OLD, CHAPTER));
        assertEquals(List.of(), runOn(new ManifestStandardRule(), "## Server\n\n```toml\n[package]\nedition = \"2024\"\n\n"
                + "[dependencies]\naxum = \"0.8\"\n```\n", CHAPTER));
    }
}
