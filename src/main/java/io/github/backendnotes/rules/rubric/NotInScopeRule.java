package io.github.backendnotes.rules.rubric;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public final class NotInScopeRule extends VaultRule {

    public NotInScopeRule() {
        super("rubric.not-in-scope", Severity.WARNING,
                "Every numbered chapter file of a series is in its rubric's Scope list "
                        + "(files in a sub-folder with a readme of its own are not the series' chapters).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        for (Series series : vault.series()) {
            List<Rubric.ScopeEntry> scope = series.rubric().scope();
            if (scope.isEmpty()) {
                continue; // no Scope list, or one given as a number range: every numbered file is in it
            }
            Set<String> listed = scope.stream().map(e -> series.resolve(e.path())).collect(Collectors.toSet());
            int line = scope.get(scope.size() - 1).line();
            for (String file : series.numbered()) {
                if (!listed.contains(file)) {
                    String relative = series.dir().isEmpty() ? file : file.substring(series.dir().length() + 1);
                    out.report(this, series.rubric().file(), series.name(), line, 1,
                            "numbered file '" + relative + "' of the series is not in the Scope list", List.of(file));
                }
            }
        }
    }
}
