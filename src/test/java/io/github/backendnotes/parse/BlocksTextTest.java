package io.github.backendnotes.parse;

import io.github.backendnotes.RandomTexts;
import io.github.backendnotes.model.Block;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The texts of list items and quotes, joined without a buffer, against the join they replaced. */
class BlocksTextTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Items and quotes of several paragraphs, some of them with no text (an image without alt text, HTML). */
    private static final List<String> TEXTS = RandomTexts.of(17, 3_000, 30, "- ", "> ", "  ", "\n", "\n\n", "a ",
            "意圖 ", "![](x.png)", "<br>", "`c`", "**b**", "[l](y.md)", "1. ", "  - ", "\\\n", "text\nmore ");

    @Test
    void listItemsAndQuotesHoldTheirParagraphsTextsALineEach() {
        for (String text : TEXTS) {
            Node document = PARSER.parse(text);
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                Block block = Blocks.block(node);
                if (node instanceof BlockQuote) {
                    assertEquals(joined(node), ((Block.Paragraph) block).text(), text);
                } else if (node instanceof ListBlock) {
                    assertItems(node, (Block.ListBlock) block, text);
                }
            }
        }
    }

    @Test
    void aParagraphWithoutTextAddsNoLineBreakBeforeTheNextOneButAfterAnyText() {
        assertEquals("second", item("- ![](x.png)\n\n  second\n"));
        assertEquals("a\n\nc", item("- a\n\n  ![](y.png)\n\n  c\n"));
        assertEquals("second", ((Block.Paragraph) Blocks.block(PARSER.parse("> ![](x.png)\n>\n> second\n")
                .getFirstChild())).text());
        assertEquals("", item("- ![](x.png)\n"));
    }

    private static String item(String markdown) {
        return ((Block.ListBlock) Blocks.block(PARSER.parse(markdown).getFirstChild())).items().get(0).text();
    }

    private static void assertItems(Node list, Block.ListBlock block, String text) {
        int index = 0;
        int nested = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Block.ListItem modelItem = block.items().get(index++);
                assertEquals(joined(item), modelItem.text(), text);
                nested = 0;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock inner) {
                        assertItems(inner, modelItem.children().get(nested++), text);
                    }
                }
            }
        }
    }

    /** The join as it was: each paragraph's trimmed text, after a line break unless nothing came before. */
    private static String joined(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                text.append(text.length() == 0 ? "" : "\n").append(Blocks.inlineText(child).trim());
            }
        }
        return text.toString();
    }
}
