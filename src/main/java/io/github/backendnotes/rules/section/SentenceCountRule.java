package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.SectionRequirement.SentenceCount;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.SectionView;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class SentenceCountRule extends SectionRule<SentenceCount> {

    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    /** A sentence ends at a CJK or ASCII terminator; a period only when whitespace or the end follows. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]+|[!?]+(?=\\s|$)|\\.(?=\\s|$)");

    public SentenceCountRule() {
        super("section.sentence-count", Severity.ERROR,
                "A section's prose has the number of sentences its rubric line asks for (\"1-2 句話\").", SentenceCount.class);
    }

    @Override
    String problem(SectionView section, SentenceCount check) {
        int sentences = 0;
        for (Block block : section.ownBlocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                sentences += sentences(paragraph.text());
            }
        }
        if (sentences < check.min() || (check.max() > 0 && sentences > check.max())) {
            return "has " + plural(sentences, "sentence");
        }
        return null;
    }

    static int sentences(String text) {
        // code spans are not prose: "`a.b()`" must not end a sentence
        String prose = (text.indexOf('`') < 0 ? text : CODE_SPAN.matcher(text).replaceAll("code")).trim();
        // the non-blank stretches between sentence ends, counted without splitting the text
        int count = 0;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(prose);
        while (end.find()) {
            count += isBlank(prose, start, end.start()) ? 0 : 1;
            start = end.end();
        }
        return count + (isBlank(prose, start, prose.length()) ? 0 : 1);
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
