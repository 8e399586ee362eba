package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class DiagramRule extends SectionRule<DiagramRule.Diagram> {

    private static final Pattern DIAGRAM_TYPE =
            Pattern.compile("`(\\w*[Dd]iagram|flowchart|graph|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram)`");

    /** Reads a line naming Mermaid anywhere ("Mermaid diagram", "Mermaid `classDiagram`"); a backticked type narrows it. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> {
        if (!text.toLowerCase(Locale.ROOT).contains("mermaid")) {
            return Optional.empty();
        }
        Matcher type = DIAGRAM_TYPE.matcher(text);
        return Optional.of(new Diagram(type.find() ? type.group(1) : null));
    });

    /** A fenced mermaid block, of {@code type} when it is not null. */
    public record Diagram(String type) implements Check {
        @Override
        public boolean restatedBy(String checklistLine) {
            return checklistLine.toLowerCase(Locale.ROOT).contains("mermaid");
        }
    }

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
