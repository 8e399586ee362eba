package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.SeriesReadme;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers a new chapter in its series README: its id at the end of a batch line (or a new last batch, with the
 * heading's count raised), at the end of a reading-priority line, and an entry in the Chapters list after the last
 * entry of the chapter's folder, with the group's tag and the estimated minutes.
 */
final class ReadmeEdits {

    private static final Pattern ID = Pattern.compile("`\\d{1,4}`");
    private static final Pattern DECLARED = Pattern.compile("\\((\\d{1,4})(\\s*batch)", Pattern.CASE_INSENSITIVE);

    private final ChapterPlan plan;
    private final SeriesReadme readme;
    private final TextLines text;
    private final Consumer<String> said;

    ReadmeEdits(ChapterPlan plan, SeriesReadme readme, TextLines text, Consumer<String> said) {
        this.plan = plan;
        this.readme = readme;
        this.text = text;
        this.said = said;
    }

    /** @param all every README of the vault, for the tags their priority groups give an estimate's first word */
    void apply(NewChapterRequest request, Collection<SeriesReadme> all) throws ScaffoldException {
        batch(request.batch());
        SeriesReadme.PriorityGroup group = ReadmeChoices.group(readme, request.priority(), said);
        if (group != null) {
            text.replace(group.line(), appendId(text.line(group.line())));
        }
        chapterEntry(group, ReadmeChoices.minutes(plan, readme, group, all, said));
    }

    private void batch(Integer asked) throws ScaffoldException {
        List<SeriesReadme.Batch> batches = readme.batches();
        if (batches.isEmpty()) {
            said.accept(readme.file() + " has no batch route: no batch line written");
            return;
        }
        SeriesReadme.Batch last = batches.get(batches.size() - 1);
        if (asked == null) {
            said.accept("batch: " + last.number() + ", the README's last (-Dbatch to choose)");
        }
        int number = asked == null ? last.number() : asked;
        for (SeriesReadme.Batch batch : batches) {
            if (batch.number() == number) {
                text.replace(batch.line(), appendId(text.line(batch.line())));
                return;
            }
        }
        if (number != last.number() + 1) {
            throw new ScaffoldException("batch " + number + " is not in " + readme.file() + ": give one of its batches"
                    + " (1 to " + last.number() + ") or " + (last.number() + 1) + " for a new one");
        }
        String lastLine = text.line(last.line());
        int word = lastLine.toLowerCase(Locale.ROOT).indexOf("batch");
        text.insertAfter(last.line(), lastLine.substring(0, word + "batch".length()) + " " + number + ": `"
                + plan.number() + "` (" + plan.topic() + ")");
        if (readme.batchHeadingLine() > 0) {
            Matcher declared = DECLARED.matcher(text.line(readme.batchHeadingLine()));
            if (declared.find()) {
                text.replace(readme.batchHeadingLine(), declared.replaceFirst("(" + number + "$2"));
            }
        }
    }

    /** The line with the chapter's id after its last id, before a batch's parenthesised description. */
    String appendId(String line) {
        int colon = firstOf(line, 0, ':', '：');
        int from = colon < 0 ? 0 : colon + 1;
        int paren = firstOf(line, from, '(', '（');
        int end = paren < 0 ? line.length() : paren;
        Matcher id = ID.matcher(line).region(from, end);
        int after = -1;
        while (id.find()) {
            after = id.end();
        }
        String added = "`" + plan.number() + "`";
        if (after >= 0) {
            return line.substring(0, after) + ", " + added + line.substring(after);
        }
        int at = colon < 0 ? line.length() : colon + 1;
        return line.substring(0, at) + " " + added + line.substring(at);
    }

    private static int firstOf(String line, int from, char one, char other) {
        int a = line.indexOf(one, from);
        int b = line.indexOf(other, from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private void chapterEntry(SeriesReadme.PriorityGroup group, int minutes) {
        if (readme.chapterHeadingLine() == 0) {
            said.accept(readme.file() + " has no Chapters list: no entry written");
            return;
        }
        String folder = PathNames.parent(readme.file());
        String target = folder.isEmpty() ? plan.path() : plan.path().substring(folder.length() + 1);
        String entry = "[" + plan.stem() + "](" + target + ")" + (group == null ? "" : " - " + group.tag())
                + (minutes < 0 ? "" : " - " + minutes + " min");
        SeriesReadme.ChapterEntry anchor = null;
        SeriesReadme.ChapterEntry last = null;
        for (SeriesReadme.ChapterEntry one : readme.chapters()) {
            last = one;
            if (sameFolder(one, target)) {
                anchor = one;
            }
        }
        anchor = anchor == null ? last : anchor;
        if (anchor == null) {
            text.insertAfter(readme.chapterHeadingLine(), "");
            text.insertAfter(readme.chapterHeadingLine(), "- " + entry);
            return;
        }
        String line = text.line(anchor.line());
        int bullet = line.indexOf('[');
        text.insertAfter(anchor.line(), (bullet < 0 ? "- " : line.substring(0, bullet)) + entry);
    }

    private static boolean sameFolder(SeriesReadme.ChapterEntry entry, String target) {
        return PathNames.parent(PathNames.normalize(entry.target())).equals(PathNames.parent(target));
    }
}
