package io.github.backendnotes.parse;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A note's front matter as CommonMark sees it: one block, from the {@code ---} of the first line to the first line
 * that closes it ({@code ---} or {@code ...}), whose lines no other block takes and whose text nothing reads.
 * {@link NoteParser} reads the front matter itself; with this block it hands CommonMark the whole note, rather than a
 * copy with blank lines in place of the front matter (which the JDK builds at three to six times the note's size in
 * bytes), and CommonMark's line numbers and input indexes are the file's. Only the parser for notes whose front
 * matter is closed has it: {@link NoteParser} finds the closing line first, as this block does.
 */
final class FrontMatterFence extends CustomBlock {

    static final BlockParserFactory FACTORY = new AbstractBlockParserFactory() {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            SourceLine line = state.getLine();
            SourceSpan span = line.getSourceSpan();
            if (span != null && span.getLineIndex() == 0 && state.getIndex() == 0 && opens(line.getContent())) {
                return BlockStart.of(new FenceParser()).atIndex(line.getContent().length());
            }
            return BlockStart.none();
        }
    };

    /** The line that opens front matter, as {@link NoteParser} reads it. */
    static boolean opens(CharSequence line) {
        return line.toString().stripTrailing().equals("---");
    }

    /** A line that closes front matter, as {@link NoteParser} reads it. */
    static boolean closes(CharSequence line) {
        String stripped = line.toString().stripTrailing();
        return stripped.equals("---") || stripped.equals("...");
    }

    private static final class FenceParser extends AbstractBlockParser {

        private final FrontMatterFence block = new FrontMatterFence();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return false;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            return closes(line) ? BlockContinue.finished() : BlockContinue.atIndex(line.length());
        }
    }
}
