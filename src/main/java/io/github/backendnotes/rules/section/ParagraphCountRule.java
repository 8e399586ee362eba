package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ParagraphCountRule extends SectionRule<ParagraphCountRule.ParagraphCount> {

    /** The whole clause: "至少 1 段完整可貼用範例" counts code samples, not paragraphs. */
    private static final Pattern AT_LEAST = Pattern.compile("^(?:需|須)?(?:至少|at least)\\s*(\\d+)\\s*(?:段|段落|paragraphs?)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "至少 2 段" and "at least 2 paragraphs". */
    public static final ClauseForm FORM = clause -> {
        Matcher m = AT_LEAST.matcher(clause.trim());
        return m.matches() ? Optional.of(new ParagraphCount(Digits.value(m.group(1)))) : Optional.empty();
    };

    /** Paragraphs of the section's own prose. */
    public record ParagraphCount(int min) implements Check {
    }

    public ParagraphCountRule() {
        super("section.paragraph-count", Severity.ERROR,
                "A section has the paragraphs its rubric line asks for (\"至少 2 段\"): its own paragraphs, a list "
                        + "counting as one.", ParagraphCount.class);
    }

    @Override
    String problem(SectionView section, ParagraphCount check) {
        int paragraphs = 0;
        for (Block block : section.ownBlocks()) {
            // a list is a paragraph of the section as a reader sees it: the bullets "銜接上一章 / 下一章預告" are one
            paragraphs += block instanceof Block.Paragraph || block instanceof Block.ListBlock ? 1 : 0;
        }
        return paragraphs < check.min() ? "has " + plural(paragraphs, "paragraph") : null;
    }
}
