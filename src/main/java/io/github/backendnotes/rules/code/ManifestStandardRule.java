package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Ordered;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.section.Manifests;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ManifestStandardRule extends CodeStandardRule<ManifestStandardRule.ManifestStandard> {

    /** "Rust: tokio 1.x, axum 0.8+, sqlx 0.8+, Rust 2024 edition": a language, then versions and an edition only. */
    private static final Pattern STANDARD = Pattern.compile(
            "^Rust\\s*[：:]\\s*((?:(?:[A-Za-z][\\w-]*\\s+v?\\d+(?:\\.\\d+)?(?:\\+|\\.x)?|Rust\\s+20\\d\\d\\s+edition)\\s*[,，、/]?\\s*)+)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "Rust: tokio 1.x, axum 0.8+, sqlx 0.8+, Rust 2024 edition" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> {
        Matcher m = STANDARD.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> minimums = Manifests.minimums(m.group(1));
        String edition = Manifests.edition(m.group(1));
        return minimums.isEmpty() && edition.isEmpty() ? Optional.empty()
                : Optional.of(new ManifestStandard(minimums, edition));
    });

    /** Every Cargo manifest of the chapter declares at least these versions and this edition. */
    public record ManifestStandard(Map<String, String> minimums, String edition) implements SectionRequirement.CodeCheck {
        public ManifestStandard {
            minimums = Ordered.map(minimums);
        }
    }

    public ManifestStandardRule() {
        super("code.manifest-versions", Severity.ERROR,
                "Where the code standards name crate versions and an edition (\"Rust: tokio 1.x, axum 0.8+, sqlx 0.8+, "
                        + "Rust 2024 edition\"), every Cargo manifest a chapter shows (a toml block) declares no lower "
                        + "version of those crates and that edition. Code without a manifest is not judged: only "
                        + "building it would tell its versions.", ManifestStandard.class);
    }

    @Override
    String problem(Block.CodeBlock code, String language, ManifestStandard check) {
        List<String> problems = Manifests.problems(List.of(code), check.minimums(), check.edition());
        return problems.isEmpty() ? null : "Cargo manifest declares " + String.join(", ", problems);
    }
}
