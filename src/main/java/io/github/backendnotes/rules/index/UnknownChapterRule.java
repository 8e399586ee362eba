package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class UnknownChapterRule extends ReadmeRule {

    public UnknownChapterRule() {
        super("index.unknown-chapter", Severity.ERROR,
                "Every chapter id a README's batches and priority groups name is a chapter of the series.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        Map<String, String> files = VaultContext.chapterIds(series);
        List<Group> groups = new ArrayList<>(batches(readme));
        groups.addAll(priorities(readme));
        for (Group group : groups) {
            for (SeriesReadme.ChapterId id : group.ids()) {
                if (!files.containsKey(id.id())) {
                    out.report(this, readme.file(), series.name(), id.line(), id.column(), group.name() + " names '"
                            + id.id() + "', but the series has no chapter numbered " + id.id());
                }
            }
        }
    }
}
