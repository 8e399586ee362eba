package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.SectionRequirement.Diagram;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.List;
import java.util.Locale;

public final class DiagramRule extends SectionRule<Diagram> {

    public DiagramRule() {
        super("section.diagram", Severity.ERROR,
                "A section the rubric gives a Mermaid diagram has a fenced mermaid block, of the named type if any.",
                Diagram.class);
    }

    @Override
    String problem(SectionView section, Diagram check) {
        List<Block.CodeBlock> mermaid = section.codeBlocks().stream()
                .filter(code -> code.language().toLowerCase(Locale.ROOT).equals("mermaid")).toList();
        if (mermaid.isEmpty()) {
            return "has no mermaid code block";
        }
        if (check.type() != null && mermaid.stream().noneMatch(code -> diagramType(code).startsWith(check.type()))) {
            return "has no mermaid " + check.type() + " (found " + mermaid.stream().map(DiagramRule::diagramType)
                    .distinct().toList() + ")";
        }
        return null;
    }

    /** The first word of the diagram: {@code classDiagram}, {@code sequenceDiagram}, {@code flowchart}, … */
    static String diagramType(Block.CodeBlock code) {
        for (String line : code.literal().split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("%%") && !trimmed.equals("---")) {
                return trimmed.split("\\s+", 2)[0];
            }
        }
        return "";
    }
}
