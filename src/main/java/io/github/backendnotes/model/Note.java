package io.github.backendnotes.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed note: everything the rules read. Built once per file by the parser.
 *
 * @param path        relative to the notes root, with {@code /}
 * @param frontMatter {@code null} when the note has none or it could not be read
 * @param sections    in document order, starting with the content before the first heading
 * @param headings    every heading, nested ones included
 * @param links       every link outside code
 * @param codeBlocks  every code block, nested ones (in lists, quotes) included
 * @param problems    what the parser could not read
 * @param suppressions the note's inline suppressions
 * @param targets     what a link's fragment can name: GitHub anchors, HTML anchors, block ids
 */
public record Note(String path, FrontMatter frontMatter, List<Section> sections, List<Heading> headings,
                   List<Link> links, List<Block.CodeBlock> codeBlocks, List<ParseProblem> problems,
                   Suppressions suppressions, LinkTargets targets) {

    public Note {
        sections = List.copyOf(sections);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        codeBlocks = List.copyOf(codeBlocks);
        problems = List.copyOf(problems);
        if (targets == null) {
            targets = LinkTargets.ofHeadings(headings);
        }
    }

    /** A note whose link targets are its headings' anchors alone. */
    public Note(String path, FrontMatter frontMatter, List<Section> sections, List<Heading> headings, List<Link> links,
                List<Block.CodeBlock> codeBlocks, List<ParseProblem> problems, Suppressions suppressions) {
        this(path, frontMatter, sections, headings, links, codeBlocks, problems, suppressions, null);
    }

    public Optional<FrontMatter> frontMatterIfPresent() {
        return Optional.ofNullable(frontMatter);
    }

    /** True when the front matter exists but could not be read; rules on fields then stay quiet. */
    public boolean frontMatterUnreadable() {
        // asked by every front-matter rule of every note: a loop, not a stream, over a list that is mostly empty
        for (ParseProblem problem : problems) {
            if (problem.concernsFrontMatter()) {
                return true;
            }
        }
        return false;
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** A note with nothing but the problems that stopped it from being read. */
    public static Note unreadable(String path, ParseProblem problem) {
        return new Note(path, null, List.of(), List.of(), List.of(), List.of(), List.of(problem), Suppressions.NONE,
                LinkTargets.NONE);
    }
}
