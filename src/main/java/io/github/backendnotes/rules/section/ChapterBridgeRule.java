package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ChapterBridgeRule extends SectionRule<ChapterBridgeRule.ChapterBridge> {

    /** 「銜接上一章」與「下一章預告」: what the quoted phrases name, a link back and a look ahead. */
    /** What names chapter N, by N: compiled once, as every chapter asks for the one before and the one after it. */
    private static final CompiledPatterns<Integer> NAMING = new CompiledPatterns<>(number -> Pattern.compile(
            "(?i)(?:\\bch\\.?\\s*|第\\s*|chapter\\s+)0*" + number + "(?!\\d)|(?<!\\d)0*" + number + "_[a-z]"));
    private static final Pattern BRIDGE = Pattern.compile("「[^」]*(?:上一章|前一章)[^」]*」.*「[^」]*下一章[^」]*」");
    private static final Pattern PREVIOUS_LABEL = Pattern.compile("上一章|前一章|previous chapter", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_LABEL = Pattern.compile("下一章|next chapter", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_FILE = Pattern.compile("^(\\d{1,3})_");

    /** Reads 含「銜接上一章」與「下一章預告」. */
    public static final ClauseForm FORM = clause -> BRIDGE.matcher(clause).find()
            ? Optional.of(new ChapterBridge()) : Optional.empty();

    /** The section refers to the previous chapter and previews the next. */
    public record ChapterBridge() implements Check {
    }

    public ChapterBridgeRule() {
        super("section.chapter-bridge", Severity.ERROR,
                "A section the rubric asks to link to the previous chapter and preview the next (含「銜接上一章」與"
                        + "「下一章預告」) does both: a line labelled so (上一章 / 下一章), or a mention of chapter NN-1 "
                        + "and NN+1 by number (Ch07, 第 07 章) or file (07_…); chapter 00 (or 01 where the Scope starts "
                        + "there) has no previous one, the last of the rubric's Scope no next one.", ChapterBridge.class);
    }

    @Override
    String problem(SectionView section, ChapterBridge check) {
        return bridge(section, null);
    }

    @Override
    String problem(SectionView section, ChapterBridge check, ChapterContext chapter) {
        return bridge(section, chapter == null ? null : chapter.rubric());
    }

    private static String bridge(SectionView section, Rubric rubric) {
        String text = section.text();
        List<String> targets = section.links().stream().map(Link::target).toList();
        OptionalInt number = number(section.note().path());
        List<String> missing = new ArrayList<>();
        // a series starts at 00 or 01: its first chapter has no previous one
        boolean first = number.isPresent() && (number.getAsInt() == 0
                || rubric != null && number.getAsInt() == 1 && firstInScope(rubric) == 1);
        if (!first && !PREVIOUS_LABEL.matcher(text).find() && !refersTo(text, targets, number, -1)) {
            missing.add("does not link back to the previous chapter" + which(number, -1));
        }
        boolean last = number.isPresent() && rubric != null && number.getAsInt() == lastInScope(rubric);
        if (!last && !NEXT_LABEL.matcher(text).find() && !refersTo(text, targets, number, 1)) {
            missing.add("does not preview the next chapter" + which(number, 1));
        }
        return missing.isEmpty() ? null : String.join(" and ", missing);
    }

    private static String which(OptionalInt number, int step) {
        return number.isEmpty() ? " (no 上一章/下一章 line)"
                : String.format(" (no 上一章/下一章 line, no mention of chapter %02d)", number.getAsInt() + step);
    }

    /** Whether the text or a link names chapter {@code number + step}: "Ch07", "第 7 章", "chapter 7", "07_…". */
    private static boolean refersTo(String text, List<String> targets, OptionalInt number, int step) {
        if (number.isEmpty()) {
            return false;
        }
        int other = number.getAsInt() + step;
        Pattern named = NAMING.of(other);
        if (named.matcher(text).find()) {
            return true;
        }
        for (String target : targets) {
            String file = target.substring(target.lastIndexOf('/') + 1);
            Matcher m = NUMBERED_FILE.matcher(file);
            if (m.find() && Digits.value(m.group(1)) == other) {
                return true;
            }
        }
        return false;
    }

    static OptionalInt number(String path) {
        Matcher m = NUMBERED_FILE.matcher(path.substring(path.lastIndexOf('/') + 1));
        return m.find() ? OptionalInt.of(Digits.value(m.group(1))) : OptionalInt.empty();
    }

    /** The lowest chapter number the Scope names, or -1. */
    private static int firstInScope(Rubric rubric) {
        int first = Integer.MAX_VALUE;
        for (Rubric.ScopeEntry entry : rubric.scope()) {
            first = Math.min(first, number(entry.path()).orElse(Integer.MAX_VALUE));
        }
        for (Rubric.ScopeRange range : rubric.scopeRanges()) {
            first = Math.min(first, range.from());
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    /** The highest chapter number the Scope names, or -1. */
    private static int lastInScope(Rubric rubric) {
        int last = -1;
        for (Rubric.ScopeEntry entry : rubric.scope()) {
            OptionalInt n = number(entry.path());
            last = Math.max(last, n.orElse(-1));
        }
        for (Rubric.ScopeRange range : rubric.scopeRanges()) {
            last = Math.max(last, range.to());
        }
        return last;
    }
}
