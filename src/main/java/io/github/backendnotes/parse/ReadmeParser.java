package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SeriesReadme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a series README: "Batch Learning Route (N batches)", "Reading Priority", "Chapters" (with its
 * subsections) and "Estimated Time …". Lines it cannot read are left out; the rules then see less, never
 * something guessed.
 */
public final class ReadmeParser {

    private static final Pattern DECLARED_BATCHES = Pattern.compile("\\((\\d{1,4})\\s*batch", Pattern.CASE_INSENSITIVE);
    private static final Pattern BATCH_LINE = Pattern.compile("^batch\\s+(\\d+)\\s*[:：](.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PRIORITY_LINE = Pattern.compile("^([^(（:：`]+?)\\s*(?:[(（]\\s*`([^`]+)`\\s*[)）])?\\s*[:：](.*)$", Pattern.DOTALL);
    private static final Pattern BACKTICKED_NUMBER = Pattern.compile("`(\\d{1,4})`");
    /** A dash inside a word ("Must-read") belongs to the label; only a dash with a space on a side separates. */
    private static final Pattern CHAPTER_TAIL = Pattern.compile(
            "^\\s*[-–—]\\s*((?:[^-–—]|(?<=\\S)[-–—](?=\\S))+?)\\s*(?:[-–—]\\s*(\\d+)\\s*min.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESTIMATE_LINE = Pattern.compile("^([^:：]+)[:：]\\s*(\\d+)\\s*(?:[-–~]\\s*(\\d+))?\\s*min",
            Pattern.CASE_INSENSITIVE);

    /** "Skippable chapters (`可跳讀`)": a label with the tag of its group. */
    private static final Pattern TAGGED_LABEL = Pattern.compile("^(.*?)\\s*[(（]\\s*`([^`]+)`\\s*[)）]$");

    public SeriesReadme parse(String file, Note readme) {
        int batchHeading = 0;
        int declared = -1;
        int priorityHeading = 0;
        int chapterHeading = 0;
        List<SeriesReadme.Batch> batches = new ArrayList<>();
        List<SeriesReadme.PriorityGroup> priorities = new ArrayList<>();
        List<SeriesReadme.ChapterEntry> chapters = new ArrayList<>();
        List<SeriesReadme.Estimate> estimates = new ArrayList<>();
        List<Section> sections = readme.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.level() != 2) {
                continue;
            }
            String title = section.title().toLowerCase(Locale.ROOT);
            List<Block.ListItem> items = items(RubricParser.blocksUnder(sections, i));
            if (title.startsWith("batch")) {
                batchHeading = section.heading().line();
                Matcher count = DECLARED_BATCHES.matcher(section.title());
                declared = count.find() ? Digits.value(count.group(1)) : -1;
                for (Block.ListItem item : items) {
                    Matcher batch = BATCH_LINE.matcher(item.text());
                    if (batch.matches() && batch.group(1).length() < 6) {
                        batches.add(new SeriesReadme.Batch(Digits.value(batch.group(1)),
                                ids(idPart(batch.group(2)), item.line()), item.line()));
                    }
                }
            } else if (title.contains("reading priority") || title.contains("priority") || title.contains("閱讀優先")) {
                priorityHeading = section.heading().line();
                for (Block.ListItem item : items) {
                    Matcher group = PRIORITY_LINE.matcher(item.text());
                    if (group.matches()) {
                        String label = group.group(1).trim();
                        String tag = group.group(2) == null ? label : group.group(2).trim();
                        priorities.add(new SeriesReadme.PriorityGroup(label, tag, ids(group.group(3), item.line()), item.line()));
                    }
                }
            } else if (title.startsWith("chapters") || title.startsWith("章節")) {
                chapterHeading = section.heading().line();
                for (Block.ListItem item : items) {
                    chapterEntry(readme, item).ifPresent(chapters::add);
                }
            } else if (title.startsWith("estimated time") || title.startsWith("預估時間")) {
                for (Block.ListItem item : items) {
                    Matcher estimate = ESTIMATE_LINE.matcher(item.text());
                    if (estimate.find() && estimate.group(2).length() < 5 && (estimate.group(3) == null || estimate.group(3).length() < 5)) {
                        int min = Digits.value(estimate.group(2));
                        int max = estimate.group(3) == null ? min : Digits.value(estimate.group(3));
                        Matcher tagged = TAGGED_LABEL.matcher(estimate.group(1).trim());
                        estimates.add(tagged.matches()
                                ? new SeriesReadme.Estimate(tagged.group(1).trim(), min, max, item.line(), tagged.group(2).trim())
                                : new SeriesReadme.Estimate(estimate.group(1).trim(), min, max, item.line()));
                    }
                }
            }
        }
        return new SeriesReadme(file, batchHeading, declared, batches, priorityHeading, priorities, chapterHeading,
                chapters, estimates);
    }

    /** The ids of a batch line are the ones before its parenthesised description. */
    private static String idPart(String text) {
        int paren = text.indexOf('(');
        int wide = text.indexOf('（');
        int cut = paren < 0 ? wide : (wide < 0 ? paren : Math.min(paren, wide));
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static List<SeriesReadme.ChapterId> ids(String text, int line) {
        List<SeriesReadme.ChapterId> ids = new ArrayList<>();
        Matcher id = BACKTICKED_NUMBER.matcher(text);
        while (id.find()) {
            ids.add(new SeriesReadme.ChapterId(id.group(1), line, 1));
        }
        return ids;
    }

    /** "[name](path) - 必讀 - 90 min": the link on the item's line, then the priority and the minutes. */
    private static Optional<SeriesReadme.ChapterEntry> chapterEntry(Note readme, Block.ListItem item) {
        Optional<Link> link = readme.links().stream()
                .filter(l -> l.kind() == Link.Kind.MARKDOWN && l.line() == item.line()).findFirst();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String text = item.text();
        // the item's text is trimmed, so a link text with spaces at its ends is looked for without them
        String linkText = link.get().text().trim();
        int after = text.indexOf(linkText);
        String tail = after < 0 ? "" : text.substring(after + linkText.length());
        String priority = "";
        int minutes = -1;
        Matcher parts = CHAPTER_TAIL.matcher(tail);
        if (parts.matches()) {
            priority = parts.group(1).trim();
            if (parts.group(2) != null && parts.group(2).length() < 5) {
                minutes = Digits.value(parts.group(2));
            }
        }
        return Optional.of(new SeriesReadme.ChapterEntry(link.get().text().trim(), link.get().target(), priority,
                minutes, item.line()));
    }

    private static List<Block.ListItem> items(List<Block> blocks) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.ListBlock list) {
                items.addAll(list.items());
            }
        }
        return items;
    }
}
