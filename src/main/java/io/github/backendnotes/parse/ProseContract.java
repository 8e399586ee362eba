package io.github.backendnotes.parse;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Digits;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a minimums section says of its headings in prose: the count, the sections added, the bullets' headings. */
final class ProseContract {

    /** "必須含 9 個固定標題", "must have 9 fixed headings": a heading contract stated in prose. */
    private static final Pattern PROSE_COUNT = Pattern.compile(
            "(\\d{1,3})\\s*(?:個|个)?\\s*(?:固定|必要|必填)?\\s*(?:標題|标题)|(\\d{1,3})\\s+(?:fixed|required)\\s+(?:H2\\s+)?headings?",
            Pattern.CASE_INSENSITIVE);
    /** What follows "額外" or "additionally": the sections added to the counted ones. */
    private static final Pattern PROSE_ADDED = Pattern.compile("(?:額外|额外|另外|另加|additionally|in addition|plus)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    int line;
    int count = -1;
    String text = "";
    final List<String> added = new ArrayList<>();
    final List<ChapterKind.RequiredHeading> bullets = new ArrayList<>();

    /** Reads a contract sentence; false when the text states no count of headings. */
    boolean read(String sentence, int at) {
        String flat = sentence.replace('\n', ' ').trim();
        Matcher counted = PROSE_COUNT.matcher(flat);
        if (line > 0 || !counted.find()) {
            return false;
        }
        line = at;
        text = flat;
        count = Digits.value(counted.group(1) != null ? counted.group(1) : counted.group(2));
        Matcher more = PROSE_ADDED.matcher(flat);
        if (more.find()) {
            Matcher name = BACKTICKED.matcher(more.group(1));
            while (name.find()) {
                added.add(name.group(1).trim());
            }
        }
        return true;
    }
}
