package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Ordered;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class DependencyVersionsRule extends SectionRule<DependencyVersionsRule.DependencyVersions> {

    /** "使用 Axum 0.8+ / sqlx 0.8+ / tokio 1.x": a verb of use, then names with minimum versions, nothing else. */
    private static final Pattern USES = Pattern.compile(
            "^(?:需|須)?(?:使用|採用|采用|uses?)\\s*((?:[A-Za-z][\\w-]*\\s+v?\\d+(?:\\.\\d+)?(?:\\+|\\.x)?\\s*(?:/|,|、|與|和|and)?\\s*)+)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "使用 Axum 0.8+ / sqlx 0.8+ / tokio 1.x". */
    public static final ClauseForm FORM = clause -> {
        Matcher m = USES.matcher(clause.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> minimums = Manifests.minimums(m.group(1));
        return minimums.isEmpty() ? Optional.empty() : Optional.of(new DependencyVersions(minimums));
    };

    /** The section's Cargo manifests declare at least these versions (by lower-case crate name). */
    public record DependencyVersions(Map<String, String> minimums) implements Check {
        public DependencyVersions {
            minimums = Ordered.map(minimums);
        }
    }

    public DependencyVersionsRule() {
        super("section.dependency-versions", Severity.ERROR,
                "A section whose rubric names crate versions (\"使用 Axum 0.8+ / sqlx 0.8+ / tokio 1.x\") declares no lower "
                        + "version of them in the Cargo manifests (toml blocks) it shows: `axum = \"0.7\"` is below 0.8. "
                        + "Code without a manifest is not judged: only building it would tell its versions.",
                DependencyVersions.class);
    }

    @Override
    String problem(SectionView section, DependencyVersions check) {
        List<String> below = Manifests.problems(section.codeBlocks(), check.minimums(), "");
        return below.isEmpty() ? null : "declares " + String.join(", ", below);
    }
}
