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

public final class SentenceCountRule extends SectionRule<SentenceCountRule.SentenceCount> {

    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern SENTENCES = Pattern.compile("^(?:(\\d+)\\s*[-–~]\\s*(\\d+)|至少\\s*(\\d+))\\s*句");

    /** Reads "1-2 句話" and "至少 N 句". */
    public static final ClauseForm FORM = SentenceCountRule::read;

    /** Sentences of the section's prose; {@code max} is 0 when open. */
    public record SentenceCount(int min, int max) implements Check {
        @Override
        public boolean restatedBy(String checklistLine) {
            return checklistLine.contains(min + "-" + max + " 句") || checklistLine.contains(min + "-" + max + "句");
        }
    }

    public SentenceCountRule() {
        super("section.sentence-count", Severity.ERROR,
                "A section's prose has the number of sentences its rubric line asks for (\"1-2 句話\").", SentenceCount.class);
    }

    @Override
    String problem(SectionView section, SentenceCount check) {
        int sentences = 0;
        for (Block block : section.ownBlocks()) {
            sentences += sentences(block);
        }
        if (sentences < check.min() || (check.max() > 0 && sentences > check.max())) {
            return "has " + plural(sentences, "sentence");
        }
        return null;
    }

    /** A paragraph's sentences; a list's are its items' (a numbered list of nine sentences is not two sentences). */
    private static int sentences(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return sentences(paragraph.text());
        }
        int count = 0;
        if (block instanceof Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                count += sentences(item.text());
                for (Block child : item.children()) {
                    count += sentences(child);
                }
            }
        }
        return count;
    }

    static Optional<Check> read(String clause) {
        Matcher m = SENTENCES.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(3) != null
                ? new SentenceCount(Digits.value(m.group(3)), 0)
                : new SentenceCount(Digits.value(m.group(1)), Digits.value(m.group(2))));
    }

    /**
     * Counts sentences: a sentence ends at a CJK terminator, at {@code !} or {@code ?} (a run of them) and at a
     * period when whitespace or the end follows. A terminator inside 「…」, 『…』, （…）, (…) or a quotation
     * does not end the sentence around it; nor does the period of an abbreviation ("e.g.", "i.e.", "vs.",
     * "etc.", "cf.") or of an ellipsis ("..."). Scanned by hand: as a regular expression this was a hot spot.
     */
    static int sentences(String text) {
        // code spans are not prose: "`a.b()`" must not end a sentence
        String prose = (text.indexOf('`') < 0 ? text : CODE_SPAN.matcher(text).replaceAll("code")).trim();
        // the non-blank stretches between sentence ends, counted without splitting the text
        int count = 0;
        int start = 0;
        int length = prose.length();
        for (int i = 0; i < length; ) {
            int closed = Quotes.closing(prose, i);
            if (closed > i) {
                // a quotation or a parenthesis is part of the sentence that holds it, whatever it ends with
                i = closed;
                continue;
            }
            int end = sentenceEnd(prose, i);
            if (end < 0) {
                i++;
            } else if (end == i) {
                // a run of '!' and '?' followed by no space ends nothing; the run is passed over whole
                i = skipRun(prose, i);
            } else {
                count += isBlank(prose, start, i) ? 0 : 1;
                start = end;
                i = end;
            }
        }
        return count + (isBlank(prose, start, length) ? 0 : 1);
    }

    /**
     * Where a sentence end starting at {@code i} ends: a run of CJK terminators; a run of {@code !?} followed by
     * whitespace or the end; a period followed by whitespace or the end. {@code i} itself for a run of {@code !?}
     * followed by something else, -1 where no terminator starts.
     */
    private static int sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (isCjkTerminator(c)) {
            int end = i + 1;
            while (end < text.length() && isCjkTerminator(text.charAt(end))) {
                end++;
            }
            return end;
        }
        if (c == '!' || c == '?') {
            int end = skipRun(text, i);
            return endsHere(text, end) ? end : i;
        }
        if (c == '.') {
            return endsHere(text, i + 1) && !Quotes.abbreviationOrEllipsis(text, i) ? i + 1 : -1;
        }
        return -1;
    }

    /** What {@code (?=\s|$)} accepts: whitespace next, the end, or a line terminator that is the last character. */
    private static boolean endsHere(String text, int at) {
        if (at == text.length()) {
            return true;
        }
        char next = text.charAt(at);
        return isSpace(next) || at == text.length() - 1 && (next == '\u0085' || next == '\u2028' || next == '\u2029');
    }

    private static int skipRun(String text, int i) {
        int end = i;
        while (end < text.length() && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
            end++;
        }
        return end;
    }

    private static boolean isCjkTerminator(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    /** What {@code \s} matches: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
