package io.github.backendnotes.fix;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.ValueConstraint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a required field that is missing ({@code frontmatter.required-field}) when the rubric fixes its value: a
 * {@code key: value} line after the field the rubric's table puts before it (after its last line, comments and
 * blank lines left where they are), or first when none is present. An empty or otherwise missing field without a
 * fixed value stays a finding: its value is the author's to give.
 */
final class MissingFieldFixer implements Fixer {

    /** The rule's message names the field; the finding's line is the front matter's, shared by every missing field. */
    private static final Pattern MISSING = Pattern.compile("^field '([^']+)' is missing");

    @Override
    public String ruleId() {
        return "frontmatter.required-field";
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        FrontMatter frontMatter = target.note().frontMatter();
        Matcher missing = MISSING.matcher(finding.message());
        if (frontMatter == null || !missing.find() || frontMatter.fields().containsKey(missing.group(1))) {
            return false;
        }
        Optional<FieldRequirement> requirement = target.field(missing.group(1));
        List<String> fixed = requirement.map(r -> r.constraints(ValueConstraint.FixedValue.class).stream()
                .map(ValueConstraint.FixedValue::value).distinct().toList()).orElse(List.of());
        if (fixed.size() != 1) {
            return false;
        }
        boolean asString = requirement.get().type() == FieldType.STRING;
        String line = requirement.get().name() + ": " + YamlLines.render(fixed.get(0), (char) 0, asString, false);
        int after = anchor(target, frontMatter, requirement.get().name(), edits.text());
        edits.insertAfter(after, target.fields().indexOf(requirement.get()), line,
                "added " + line + " [" + ruleId() + "]");
        return true;
    }

    /** The line after which the field goes: the end of the present field the table lists last before it. */
    private static int anchor(FixTarget target, FrontMatter frontMatter, String name, FileText text) {
        FrontMatter.Field previous = null;
        for (FieldRequirement requirement : target.fields()) {
            if (requirement.name().equals(name)) {
                break;
            }
            FrontMatter.Field present = frontMatter.fields().get(requirement.name());
            if (present != null) {
                previous = present;
            }
        }
        return previous == null ? frontMatter.startLine() : endOf(previous, frontMatter, text);
    }

    /** The last line of a field: before the next key (or the closing fence), trailing comments and blanks excluded. */
    private static int endOf(FrontMatter.Field field, FrontMatter frontMatter, FileText text) {
        int next = frontMatter.endLine();
        for (FrontMatter.Field other : frontMatter.fields().values()) {
            if (other.line() > field.line() && other.line() < next) {
                next = other.line();
            }
        }
        int end = next - 1;
        while (end > field.line() && isBlankOrComment(text, end)) {
            end--;
        }
        return end;
    }

    private static boolean isBlankOrComment(FileText text, int line) {
        String stripped = text.line(line).strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }
}
