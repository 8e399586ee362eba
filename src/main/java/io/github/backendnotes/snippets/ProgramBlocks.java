package io.github.backendnotes.snippets;

import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The program blocks of each note, kept under {@code notes/} by a hash of the note's path and content: a note that
 * has not changed since the last run is not parsed again to find its programs. A damaged entry is ignored and
 * rewritten.
 */
public final class ProgramBlocks {

    private final Path folder;

    public ProgramBlocks(Path work) {
        this.folder = work.resolve("notes");
    }

    /** The note's program blocks, from the cache when its content is unchanged, else from {@code parse}. */
    public List<Block.CodeBlock> of(String path, byte[] content, Supplier<Note> parse) {
        String key = ResultCache.key(path, new String(content, StandardCharsets.ISO_8859_1));
        Optional<List<Block.CodeBlock>> known = read(key);
        if (known.isPresent()) {
            return known.get();
        }
        List<Block.CodeBlock> blocks = Programs.blocks(parse.get().codeBlocks());
        write(key, blocks);
        return blocks;
    }

    private Optional<List<Block.CodeBlock>> read(String key) {
        Path file = folder.resolve(key + ".properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties stored = new Properties();
            stored.load(in);
            List<Block.CodeBlock> blocks = new ArrayList<>();
            int count = Integer.parseInt(stored.getProperty("count"));
            for (int i = 0; i < count; i++) {
                blocks.add(new Block.CodeBlock(stored.getProperty(i + ".language"), stored.getProperty(i + ".code"),
                        true, Integer.parseInt(stored.getProperty(i + ".line"))));
            }
            return Optional.of(blocks);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String key, List<Block.CodeBlock> blocks) {
        Properties stored = new Properties();
        stored.setProperty("count", String.valueOf(blocks.size()));
        for (int i = 0; i < blocks.size(); i++) {
            stored.setProperty(i + ".language", blocks.get(i).language());
            stored.setProperty(i + ".code", blocks.get(i).literal());
            stored.setProperty(i + ".line", String.valueOf(blocks.get(i).line()));
        }
        try {
            Files.createDirectories(folder);
            StringWriter text = new StringWriter();
            stored.store(text, null);
            AtomicFiles.writeString(folder.resolve(key + ".properties"), text.toString());
        } catch (IOException e) {
            // not kept: the note is parsed again next time
        }
    }
}
