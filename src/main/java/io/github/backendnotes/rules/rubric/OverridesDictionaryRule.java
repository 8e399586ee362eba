package io.github.backendnotes.rules.rubric;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inside a series, its rubric's front-matter table wins over the property dictionary for a field both name. Where
 * the two disagree (another type, or the rubric drops or widens one of the dictionary's constraints) the run
 * says so once per series.
 */
public final class OverridesDictionaryRule extends VaultRule {

    public OverridesDictionaryRule() {
        super("rubric.overrides-dictionary", Severity.INFO,
                "Where a series rubric and the property dictionary disagree on a field, the rubric wins inside the series; said once per series.");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        if (vault.dictionary() == null) {
            return;
        }
        for (Series series : vault.series()) {
            List<String> disagreeing = new ArrayList<>();
            int line = 0;
            for (FieldRequirement rubric : series.rubric().fields()) {
                Optional<FieldRequirement> dictionary = vault.dictionary().fields().stream()
                        .filter(f -> f.name().equals(rubric.name())).findFirst();
                if (dictionary.isPresent() && !compatible(dictionary.get(), rubric)) {
                    disagreeing.add(rubric.name());
                    line = line == 0 ? rubric.line() : line;
                }
            }
            if (!disagreeing.isEmpty()) {
                out.report(this, series.rubric().file(), series.name(), line, 1, "for " + String.join(", ", disagreeing)
                        + " this rubric and the property dictionary disagree; the rubric's rules apply inside the series",
                        List.of(vault.dictionary().file()));
            }
        }
    }

    /** The rubric keeps the dictionary's type and narrows, never drops, each of its constraints. */
    static boolean compatible(FieldRequirement dictionary, FieldRequirement rubric) {
        if (dictionary.type() != null && rubric.type() != null && dictionary.type() != rubric.type()) {
            return false;
        }
        for (ValueConstraint constraint : dictionary.constraints()) {
            if (constraint instanceof ValueConstraint.AllowedValues allowed) {
                boolean narrowed = rubric.constraints().stream().anyMatch(c ->
                        c instanceof ValueConstraint.AllowedValues r && allowed.values().containsAll(r.values())
                                || c instanceof ValueConstraint.FixedValue f && allowed.values().contains(f.value()));
                if (!narrowed) {
                    return false;
                }
            } else if (constraint instanceof ValueConstraint.RequiredItems items) {
                boolean kept = rubric.constraints().stream().anyMatch(c -> c instanceof ValueConstraint.RequiredItems r
                        && r.literals().containsAll(items.literals()) && r.fieldValues().containsAll(items.fieldValues()));
                if (!kept) {
                    return false;
                }
            } else if (!rubric.constraints().contains(constraint)) {
                return false;
            }
        }
        return true;
    }
}
