package io.github.backendnotes.check;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One heading's section of a note together with its subsections: what the section rules count.
 *
 * @param index     index of the section in {@link Note#sections()}
 * @param firstLine the heading's line
 * @param endLine   the last line before the next heading of the same or a higher level
 */
public record SectionView(Note note, int index, int firstLine, int endLine) {

    /** A web address written out in the text, up to whitespace or the bracket or quote closing it. */
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)>\\]\"'`。，；：、（）「」]+[^\\s)>\\]\"'`.,;:!?。，；：、（）「」]");

    /** The first H2 section whose heading reads exactly {@code heading} (trimmed). */
    public static Optional<SectionView> find(Note note, String heading) {
        List<Section> sections = note.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.level() == 2 && section.heading().text().equals(heading)) {
                int end = Integer.MAX_VALUE;
                for (int j = i + 1; j < sections.size(); j++) {
                    if (sections.get(j).level() <= section.level()) {
                        end = sections.get(j).heading().line() - 1;
                        break;
                    }
                }
                return Optional.of(new SectionView(note, i, section.heading().line(), end));
            }
        }
        return Optional.empty();
    }

    public Section section() {
        return note.sections().get(index);
    }

    public String title() {
        return section().title();
    }

    /** Blocks directly under the heading, before any subsection. */
    public List<Block> ownBlocks() {
        return section().blocks();
    }

    /** Blocks of the section and of all its subsections. */
    public List<Block> allBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (Section section : subsectionsAndSelf()) {
            blocks.addAll(section.blocks());
        }
        return blocks;
    }

    /** The subsections at any depth, in document order. */
    public List<Section> subsections() {
        List<Section> all = subsectionsAndSelf();
        return all.subList(1, all.size());
    }

    /** The direct subsections (one level deeper). */
    public List<Section> children() {
        int level = section().level();
        return subsectionsAndSelf().stream().filter(s -> s.level() == level + 1).toList();
    }

    public List<Block.CodeBlock> codeBlocks() {
        return note.codeBlocks().stream().filter(c -> contains(c.line())).toList();
    }

    public List<Link> links() {
        return note.links().stream().filter(l -> contains(l.line())).toList();
    }

    /**
     * The web addresses a reader of the section can follow: its links, and the bare URLs of its prose, lists and
     * tables (GitHub and Obsidian show those as links too; the parser's Markdown does not), at the line of the
     * text holding them. An address a link of the section already has is not repeated.
     */
    public List<Link> webLinks() {
        List<Link> all = new ArrayList<>(links());
        Set<String> seen = new HashSet<>();
        all.forEach(link -> seen.add(link.target().trim()));
        for (Section section : subsectionsAndSelf()) {
            for (Block block : section.blocks()) {
                bareUrls(block, seen, all);
            }
        }
        return all;
    }

    private static void bareUrls(Block block, Set<String> seen, List<Link> out) {
        if (block instanceof Block.Paragraph paragraph) {
            bareUrls(paragraph.text(), paragraph.line(), seen, out);
        } else if (block instanceof Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                bareUrls(item.text(), item.line(), seen, out);
                item.children().forEach(child -> bareUrls(child, seen, out));
            }
        } else if (block instanceof Block.Table table) {
            table.rows().forEach(row -> bareUrls(String.join(" ", row.cells()), row.line(), seen, out));
        }
    }

    private static void bareUrls(String text, int line, Set<String> seen, List<Link> out) {
        Matcher url = BARE_URL.matcher(text);
        while (url.find()) {
            if (seen.add(url.group())) {
                int at = line + (int) text.substring(0, url.start()).chars().filter(c -> c == '\n').count();
                out.add(new Link(Link.Kind.MARKDOWN, url.group(), url.group(), at, 1));
            }
        }
    }

    /**
     * The section's items, by what it is made of: its sub-headings; else its bold-led paragraphs (a
     * question or a term each, when there are several); else its list items (the numbered ones when it has
     * any, as steps are) or table rows; else its paragraphs.
     */
    public int itemCount() {
        int children = children().size();
        if (children > 0) {
            return children;
        }
        int ordered = 0;
        int bullets = 0;
        int tableRows = 0;
        int boldLeads = 0;
        int paragraphs = 0;
        for (Block block : ownBlocks()) {
            if (block instanceof Block.ListBlock list) {
                if (list.ordered()) {
                    ordered += list.items().size();
                } else {
                    bullets += list.items().size();
                }
            } else if (block instanceof Block.Table table) {
                tableRows += table.rows().size();
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraphs++;
                boldLeads += paragraph.boldLead() ? 1 : 0;
            }
        }
        if (boldLeads >= 2) {
            return boldLeads;
        }
        int items = Math.max(ordered > 0 ? ordered : bullets, tableRows);
        return items > 0 ? items : paragraphs;
    }

    /** All text a reader sees in the section: prose, list items, table cells, sub-headings. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Section section : subsectionsAndSelf()) {
            if (section != section() && section.heading() != null) {
                text.append(section.heading().text()).append('\n');
            }
            for (Block block : section.blocks()) {
                appendText(block, text);
            }
        }
        return text.toString();
    }

    private static void appendText(Block block, StringBuilder text) {
        if (block instanceof Block.Paragraph paragraph) {
            text.append(paragraph.text()).append('\n');
        } else if (block instanceof Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                text.append(item.text()).append('\n');
                item.children().forEach(child -> appendText(child, text));
            }
        } else if (block instanceof Block.Table table) {
            text.append(String.join(" ", table.header())).append('\n');
            table.rows().forEach(row -> text.append(String.join(" ", row.cells())).append('\n'));
        }
    }

    private List<Section> subsectionsAndSelf() {
        List<Section> sections = note.sections();
        List<Section> result = new ArrayList<>();
        result.add(sections.get(index));
        int level = sections.get(index).level();
        for (int j = index + 1; j < sections.size() && sections.get(j).level() > level; j++) {
            result.add(sections.get(j));
        }
        return result;
    }

    private boolean contains(int line) {
        return line >= firstLine && line <= endLine;
    }
}
