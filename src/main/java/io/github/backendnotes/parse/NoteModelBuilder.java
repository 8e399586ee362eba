package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.LinkTargets;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.Suppressions;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the note model from one CommonMark tree: sections and blocks, headings, links. */
final class NoteModelBuilder {

    /** The chapters of a series repeat the headings their rubric asks for: one string each per worker. */
    private static final ThreadLocal<SharedTexts> HEADINGS = SharedTexts.perThread(64, 4096);

    private final List<Section> sections = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final LinkSyntax linkSyntax;
    private final List<Block.CodeBlock> codeBlocks = new ArrayList<>();
    private final List<Suppressions.Directive> directives = new ArrayList<>();
    /** The top-level headings, made once for the sections; the collector takes them in the same order. */
    private final List<Heading> sectionHeadings = new ArrayList<>();
    private int sectionHeadingsTaken;
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*backend-notes-(disable-next-line|disable|enable)\\b([^>]*?)-->");

    NoteModelBuilder(String source) {
        linkSyntax = new LinkSyntax(source, links);
    }

    void build(Node document) {
        Heading current = null;
        List<Block> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Heading heading) {
                if (current != null || !blocks.isEmpty()) {
                    sections.add(new Section(current, blocks));
                }
                current = heading(heading);
                sectionHeadings.add(current);
                blocks = new ArrayList<>();
            } else {
                Block block = block(child);
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        if (current != null || !blocks.isEmpty()) {
            sections.add(new Section(current, blocks));
        }
        document.accept(new LinkAndHeadingCollector());
    }

    List<Section> sections() {
        return sections;
    }

    List<Heading> headings() {
        return headings;
    }

    List<Link> links() {
        return links;
    }

    LinkTargets targets() {
        return linkSyntax.targets();
    }

    List<Block.CodeBlock> codeBlocks() {
        return codeBlocks;
    }

    List<Suppressions.Directive> directives() {
        return directives;
    }

    private void directives(String html, int firstLine) {
        Matcher directive = DIRECTIVE.matcher(html);
        while (directive.find()) {
            int line = firstLine + (int) html.substring(0, directive.start()).chars().filter(c -> c == '\n').count();
            Suppressions.Kind kind = switch (directive.group(1)) {
                case "disable-next-line" -> Suppressions.Kind.NEXT_LINE;
                case "disable" -> Suppressions.Kind.DISABLE;
                default -> Suppressions.Kind.ENABLE;
            };
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String id : directive.group(2).trim().split("[\\s,]+")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
            directives.add(new Suppressions.Directive(kind, ids, line));
        }
    }

    private Block block(Node node) {
        if (node instanceof Paragraph paragraph) {
            return new Block.Paragraph(inlineText(paragraph).trim(),
                    paragraph.getFirstChild() instanceof StrongEmphasis, line(node));
        }
        if (node instanceof ListBlock list) {
            return listBlock(list);
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return codeBlock(node);
        }
        if (node instanceof BlockQuote quote) {
            StringBuilder text = new StringBuilder();
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    text.append(text.length() == 0 ? "" : "\n").append(inlineText(child).trim());
                }
            }
            return new Block.Paragraph(text.toString(), false, line(node));
        }
        return null; // thematic breaks, HTML blocks: nothing a rule reads
    }

    static Block.CodeBlock codeBlock(Node node) {
        if (node instanceof FencedCodeBlock fenced) {
            String info = fenced.getInfo() == null ? "" : fenced.getInfo().trim();
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            return new Block.CodeBlock(language, fenced.getLiteral(), true, line(node));
        }
        return new Block.CodeBlock("", ((IndentedCodeBlock) node).getLiteral(), false, line(node));
    }

    private Block.ListBlock listBlock(ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                StringBuilder text = new StringBuilder();
                List<Block.ListBlock> children = new ArrayList<>();
                for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock nested) {
                        children.add(listBlock(nested));
                    } else if (child instanceof Paragraph) {
                        text.append(text.length() == 0 ? "" : "\n").append(inlineText(child).trim());
                    }
                }
                items.add(new Block.ListItem(text.toString(), line(listItem), children));
            }
        }
        return new Block.ListBlock(list instanceof OrderedList, items, line(list));
    }

    private Block.Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inlineText(cell).trim());
                    }
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else if (part instanceof TableBody) {
                    rows.add(new Block.Table.Row(cells, line(row)));
                }
            }
        }
        return new Block.Table(header, rows, line(table));
    }

    /** A heading of the model: its text is the one string the worker holds for that text. */
    private static Heading heading(org.commonmark.node.Heading heading) {
        return new Heading(heading.getLevel(), HEADINGS.get().of(inlineText(heading).trim()), line(heading),
                column(heading));
    }

    /** The inline content as text, inline code kept in backticks so rubric phrases can be read. */
    static String inlineText(Node node) {
        Node first = node.getFirstChild();
        if (first instanceof Text text && first.getNext() == null) {
            // a plain run of text, as most headings, cells and short items are: nothing to join
            return text.getLiteral();
        }
        StringBuilder out = new StringBuilder(64);
        appendInline(node, out);
        return out.toString();
    }

    private static void appendInline(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append('`').append(code.getLiteral()).append('`');
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else {
                appendInline(child, out);
            }
        }
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    /** Visits the whole tree; code blocks and code spans hold no Link or Text nodes, so code is never a link. */
    private final class LinkAndHeadingCollector extends AbstractVisitor {
        @Override
        public void visit(org.commonmark.node.Heading heading) {
            headings.add(heading.getParent() instanceof Document ? sectionHeadings.get(sectionHeadingsTaken++)
                    : NoteModelBuilder.heading(heading));
            linkSyntax.heading(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(org.commonmark.node.Link link) {
            linkSyntax.link(link, Link.Kind.MARKDOWN, link.getDestination(), inlineText(link));
            visitChildren(link);
        }

        @Override
        public void visit(HtmlBlock html) {
            directives(html.getLiteral(), line(html));
            linkSyntax.html(html.getLiteral(), false, html);
        }

        @Override
        public void visit(HtmlInline html) {
            directives(html.getLiteral(), line(html));
            linkSyntax.html(html.getLiteral(), true, html);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlocks.add(codeBlock(code));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlocks.add(codeBlock(code));
        }

        @Override
        public void visit(Image image) {
            linkSyntax.link(image, Link.Kind.IMAGE, image.getDestination(), inlineText(image));
            visitChildren(image);
        }

        @Override
        public void visit(Text text) {
            linkSyntax.text(text);
        }
    }
}
