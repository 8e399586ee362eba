package io.github.backendnotes.parse;

import io.github.backendnotes.model.LinkTargets;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Slugs;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is a link in a note's text, and what a link can name in it. Reads the source of each text node (commonmark
 * has already taken out its backslash escapes) in document order, so that what spans several nodes or blocks, an
 * Obsidian comment {@code %%…%%} or display math {@code $$…$$}, hides what lies inside it. Escaped brackets, inline
 * math, and text inside an inline HTML element are not links either; code never reaches here.
 */
final class LinkSyntax {

    private static final Pattern WIKI_LINK = Pattern.compile("!?\\[\\[([^\\[\\]\\n]+?)]]");
    /** "[text](My Note.md)": not a CommonMark link (a space in the destination), but Obsidian follows it. */
    private static final Pattern SPACED_LINK = Pattern.compile(
            "(!?)\\[([^\\[\\]\\n]+)]\\(([^()\\n]*\\s[^()\\n]*\\.md(?:#[^()\\n]*)?)\\)");
    private static final Pattern BLOCK_ID = Pattern.compile("(?:^|\\s)\\^([A-Za-z0-9-]+)\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile(
            "<[A-Za-z][^>]*?\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)\\b[^>]*?(/?)>");
    private static final Pattern CLOSE_TAG = Pattern.compile("</[A-Za-z][A-Za-z0-9-]*\\s*>");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");
    /** What stands in for the characters that cannot start or end a link. */
    private static final char HIDDEN = '\u0000';

    private final String source;
    private final List<Link> links;
    private final List<String> headingSlugs = new ArrayList<>();
    private final Set<String> htmlIds = new HashSet<>();
    private final Set<String> blockIds = new HashSet<>();
    private boolean inComment;
    private boolean inDisplayMath;
    /** The inline HTML elements open in {@code block}, the leaf block whose text is being read. */
    private int openElements;
    private Node block;

    /**
     * @param source what commonmark parsed, for the source of each text node
     * @param links  where the links found go, in document order
     */
    LinkSyntax(String source, List<Link> links) {
        this.source = source;
        this.links = links;
    }

    LinkTargets targets() {
        return new LinkTargets(Slugs.numbered(headingSlugs), htmlIds, blockIds);
    }

    /** A Markdown link or image, unless it is inside a comment or display math. */
    void link(Node node, Link.Kind kind, String destination, String text) {
        enter(node);
        if (!inComment && !inDisplayMath) {
            links.add(new Link(kind, destination, text, Blocks.line(node), Blocks.column(node)));
        }
    }

    void heading(org.commonmark.node.Heading heading) {
        StringBuilder text = new StringBuilder();
        githubText(heading, text);
        headingSlugs.add(Slugs.slug(text.toString()));
    }

    /** The heading's text as GitHub renders it: code without backticks, images and HTML tags left out. */
    private static void githubText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else if (!(child instanceof Image) && !(child instanceof HtmlInline)) {
                githubText(child, out);
            }
        }
    }

    /** The block id that ends a paragraph (of a list item too), or stands alone after a table or a quote. */
    private void blockId(Text text) {
        // the caret first: the pattern would otherwise be tried at every position of every paragraph's text
        if (text.getNext() == null && text.getParent() instanceof Paragraph && text.getLiteral().indexOf('^') >= 0) {
            Matcher id = BLOCK_ID.matcher(text.getLiteral());
            if (id.find()) {
                blockIds.add(id.group(1).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** An HTML block or inline tag: its anchors, and for an inline tag, whether it opens or closes an element. */
    void html(String literal, boolean inline, Node node) {
        if (literal.startsWith("<!--")) {
            return;
        }
        // an anchor names "id" or "name": without either, the pattern need not be tried at every tag of the block
        Matcher anchor = HTML_ANCHOR.matcher(literal.contains("id") || literal.contains("name") ? literal : "");
        while (anchor.find()) {
            String id = anchor.group(1) != null ? anchor.group(1) : anchor.group(2) != null ? anchor.group(2)
                    : anchor.group(3);
            if (!id.isBlank()) {
                htmlIds.add(id.trim());
            }
        }
        if (!inline) {
            return;
        }
        enter(node);
        Matcher open = OPEN_TAG.matcher(literal);
        if (open.lookingAt() && open.group(2).isEmpty()
                && !VOID_ELEMENTS.contains(open.group(1).toLowerCase(Locale.ROOT))) {
            openElements++;
        } else if (CLOSE_TAG.matcher(literal).lookingAt() && openElements > 0) {
            openElements--;
        }
    }

    void text(Text text) {
        enter(text);
        blockId(text);
        String literal = text.getLiteral();
        boolean delimiters = literal.indexOf('%') >= 0 || literal.indexOf('$') >= 0;
        if (!delimiters && (inComment || inDisplayMath || !mayLink(literal))) {
            // most text holds no link syntax and nothing that opens or closes a hidden stretch: its source is not read
            return;
        }
        String raw = raw(text);
        String visible = visible(raw);
        if (openElements > 0 || !mayLink(visible)) {
            return;
        }
        List<SourceSpan> spans = text.getSourceSpans();
        int line = spans.isEmpty() ? Blocks.line(text) : spans.get(0).getLineIndex() + 1;
        int column = spans.isEmpty() ? Blocks.column(text) : spans.get(0).getColumnIndex() + 1;
        Matcher spaced = SPACED_LINK.matcher(visible);
        while (spaced.find()) {
            links.add(new Link(spaced.group(1).isEmpty() ? Link.Kind.MARKDOWN : Link.Kind.IMAGE,
                    raw.substring(spaced.start(3), spaced.end(3)).trim(), raw.substring(spaced.start(2), spaced.end(2)),
                    line, column + spaced.start()));
        }
        Matcher wiki = WIKI_LINK.matcher(visible);
        while (wiki.find()) {
            // a table cell writes the alias bar escaped: [[Note\|alias]]
            String inner = raw.substring(wiki.start(1), wiki.end(1)).replace("\\|", "|");
            if (inner.codePoints().noneMatch(Character::isLetter)) {
                continue; // "[[1,2]]" is an array literal in prose, not a note name
            }
            int bar = inner.indexOf('|');
            String target = (bar < 0 ? inner : inner.substring(0, bar)).trim();
            String label = bar < 0 ? target : inner.substring(bar + 1).trim();
            links.add(new Link(Link.Kind.WIKI, target, label, line, column + wiki.start()));
        }
    }

    /**
     * Whether the text holds {@code "]("} or {@code "[["}. Each bracket is looked for alone first: most text has
     * neither, and the String's search for one character is much faster than its search for two.
     */
    static boolean mayLink(String text) {
        int close = text.indexOf(']');
        if (close >= 0 && text.indexOf("](", close) >= 0) {
            return true;
        }
        int open = text.indexOf('[');
        return open >= 0 && text.indexOf("[[", open) >= 0;
    }

    /** The source of a text node, or its literal when commonmark gave it no span. */
    private String raw(Text text) {
        List<SourceSpan> spans = text.getSourceSpans();
        if (spans.isEmpty()) {
            return text.getLiteral();
        }
        StringBuilder raw = new StringBuilder();
        for (SourceSpan span : spans) {
            int start = span.getInputIndex();
            int end = block instanceof TableCell ? cellEnd(start, span.getLength()) : start + span.getLength();
            if (start < 0 || end > source.length()) {
                return text.getLiteral();
            }
            raw.append(source, start, end);
        }
        return raw.toString();
    }

    /**
     * Where the source of a cell's text ends: the table takes the backslash out of each {@code \|} before the text
     * is parsed, so a span's length counts an escaped bar as one character.
     */
    private int cellEnd(int start, int length) {
        int end = start;
        for (int taken = 0; taken < length && end < source.length(); taken++) {
            end += source.startsWith("\\|", end) ? 2 : 1;
        }
        return end;
    }

    /**
     * The text with what cannot be part of a link hidden, keeping every other character at its place: escaped
     * brackets, comments, math. Updates the comment and display-math state that carries to the next text.
     */
    private String visible(String raw) {
        char[] out = raw.toCharArray();
        int[] closers = null;
        for (int i = 0; i < out.length; i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 1 < out.length && raw.charAt(i + 1) == '%') {
                inComment = !inComment;
                out[i] = out[++i] = HIDDEN;
            } else if (inComment) {
                out[i] = HIDDEN;
            } else if (c == '$' && i + 1 < out.length && raw.charAt(i + 1) == '$') {
                inDisplayMath = !inDisplayMath;
                out[i] = out[++i] = HIDDEN;
            } else if (inDisplayMath) {
                out[i] = HIDDEN;
            } else if (c == '\\' && i + 1 < out.length) {
                if (raw.charAt(i + 1) != '|') {
                    out[i] = out[++i] = HIDDEN;
                }
            } else if (c == '$' && i + 2 < out.length && !Character.isWhitespace(raw.charAt(i + 1))) {
                closers = closers != null ? closers : mathClosers(raw);
                int end = closers[i + 2];
                for (; end >= 0 && i <= end; i++) {
                    out[i] = HIDDEN;
                }
                i = end >= 0 ? end : i;
            }
        }
        return new String(out);
    }

    /**
     * For each position, the first {@code $} at or after it that can close inline math, or -1: Obsidian's rule, a
     * {@code $} that follows no space and precedes no digit ("$5 and $10" is no math). One pass, from the end.
     */
    private static int[] mathClosers(String raw) {
        int[] next = new int[raw.length() + 1];
        next[raw.length()] = -1;
        for (int i = raw.length() - 1; i >= 0; i--) {
            boolean closes = raw.charAt(i) == '$' && i > 0 && !Character.isWhitespace(raw.charAt(i - 1))
                    && raw.charAt(i - 1) != '\\' && (i + 1 >= raw.length() || !Character.isDigit(raw.charAt(i + 1)));
            next[i] = closes ? i : next[i + 1];
        }
        return next;
    }

    /** Inline HTML elements do not stay open past the leaf block (paragraph, heading, cell) they were opened in. */
    private void enter(Node node) {
        Node leaf = node.getParent();
        while (leaf != null && !(leaf instanceof Block) && !(leaf instanceof TableCell)) {
            leaf = leaf.getParent();
        }
        if (leaf != block) {
            block = leaf;
            openElements = 0;
        }
    }
}
