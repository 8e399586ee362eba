package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.LinkTargets;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.Suppressions;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.backendnotes.parse.Blocks.codeBlock;
import static io.github.backendnotes.parse.Blocks.column;
import static io.github.backendnotes.parse.Blocks.inlineText;
import static io.github.backendnotes.parse.Blocks.line;

/**
 * Builds the note model from one CommonMark tree: sections and their blocks from the top-level nodes, then, as the
 * visitor of the whole tree, headings, links, code blocks and suppression directives.
 */
final class NoteModelBuilder extends AbstractVisitor {

    /** The chapters of a series repeat the headings their rubric asks for: one string each per worker. */
    private static final ThreadLocal<SharedTexts> HEADINGS = SharedTexts.perThread(64, 4096);

    private final List<Section> sections = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final LinkSyntax linkSyntax;
    private final List<Block.CodeBlock> codeBlocks = new ArrayList<>();
    private final List<Suppressions.Directive> directives = new ArrayList<>();
    /** The top-level headings, made once for the sections; the visit of the tree takes them in the same order. */
    private final List<Heading> sectionHeadings = new ArrayList<>();
    private int sectionHeadingsTaken;
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*backend-notes-(disable-next-line|disable|enable)\\b([^>]*?)-->");

    /** @param source the note's Markdown, which link syntax is read from (escapes, math and comments are not links) */
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
                Block block = Blocks.block(child);
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        if (current != null || !blocks.isEmpty()) {
            sections.add(new Section(current, blocks));
        }
        document.accept(this);
    }

    List<Section> sections() {
        return sections;
    }

    List<Heading> headings() {
        return headings;
    }

    LinkTargets targets() {
        return linkSyntax.targets();
    }

    List<Link> links() {
        return links;
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

    /** A heading of the model: its text is the one string the worker holds for that text. */
    private static Heading heading(org.commonmark.node.Heading heading) {
        return new Heading(heading.getLevel(), HEADINGS.get().of(inlineText(heading).trim()), line(heading),
                column(heading));
    }

    // The visits below walk the whole tree once; code blocks and code spans hold no Link or Text nodes, so code is
    // never a link.
    @Override
    public void visit(org.commonmark.node.Heading heading) {
        headings.add(heading.getParent() instanceof Document ? sectionHeadings.get(sectionHeadingsTaken++)
                : heading(heading));
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
