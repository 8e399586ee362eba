package io.github.backendnotes.fix;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Finding;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives a fence without a language ({@code code.language-tag}) the language its content makes certain: a Mermaid
 * diagram, whose first line is one of Mermaid's diagram declarations, is {@code mermaid}. Every other block stays a
 * finding: which language a snippet is in is the author's to say.
 */
final class FenceFixer implements Fixer {

    static final String MERMAID = "mermaid";
    /** Declarations that open a Mermaid diagram and nothing else. */
    private static final Set<String> DIAGRAMS = Set.of("sequenceDiagram", "classDiagram", "stateDiagram",
            "stateDiagram-v2", "erDiagram", "journey", "gantt", "gitGraph", "mindmap", "timeline", "quadrantChart",
            "requirementDiagram", "C4Context", "C4Container", "C4Component", "C4Dynamic", "C4Deployment",
            "sankey-beta", "xychart-beta", "block-beta", "packet-beta", "architecture-beta");
    /** "graph TD", "flowchart LR", "pie", "pie title …": the words that need a direction or a title to be certain. */
    private static final Pattern DIRECTED = Pattern.compile(
            "(?:graph|flowchart)(?:\\s+(?:TB|TD|BT|RL|LR))?\\s*;?|pie(?:\\s+(?:showData|title\\s.*))?");

    @Override
    public String ruleId() {
        return "code.language-tag";
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        Optional<Block.CodeBlock> block = target.note().codeBlocks().stream()
                .filter(b -> b.fenced() && b.line() == finding.line() && b.language().isEmpty()).findFirst();
        if (block.isEmpty() || !isMermaid(block.get().literal())) {
            return false;
        }
        String line = edits.text().line(finding.line());
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < line.length() && (line.charAt(end) == '`' || line.charAt(end) == '~')) {
            end++;
        }
        if (end - start < 3 || !line.substring(end).isBlank()) {
            return false;
        }
        return edits.replace(finding.line(), line.substring(0, end) + MERMAID, "fence gets language " + MERMAID
                + " [" + ruleId() + "]");
    }

    /** Whether the block's first line that is not blank or a {@code %%} comment declares a Mermaid diagram. */
    static boolean isMermaid(String literal) {
        for (String line : literal.split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("%%")) {
                continue;
            }
            String first = text.split("\\s+", 2)[0];
            return DIAGRAMS.contains(first) || DIRECTED.matcher(text).matches();
        }
        return false;
    }
}
