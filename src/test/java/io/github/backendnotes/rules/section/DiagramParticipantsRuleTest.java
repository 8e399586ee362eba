package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** section.diagram-participants: "Diagram 需覆蓋所有 Participants" against the chapter's own participants list. */
class DiagramParticipantsRuleTest {

    private static final String LINE = "Diagram 需覆蓋所有 Participants。";
    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Shape / 形狀`
            2. `Participants / 角色`

            ### Shape / 形狀

            - 必須包含 Mermaid `classDiagram`。
            - Diagram 需覆蓋所有 Participants。
            """);

    private static String chapter(String diagram, String participants) {
        return "# Kettle\n\n## Shape / 形狀\n\n```mermaid\n" + diagram + "```\n\n## Participants / 角色\n\n" + participants;
    }

    private static List<Finding> run(String diagram, String participants) {
        return runOn(new DiagramParticipantsRule(), chapter(diagram, participants), CHAPTER);
    }

    private static Finding error(String message) {
        return new Finding("section.diagram-participants", Severity.ERROR, "s/01_a.md", 3, 1,
                "section 'Shape / 形狀' has a Mermaid diagram without " + message + "; rubric: " + LINE, "s");
    }

    @Test
    void theLineIsReadAndNamesTheParticipantsSection() {
        assertEquals(Optional.of(new DiagramParticipantsRule.DiagramParticipants("Participants")),
                DiagramParticipantsRule.FORM.read("Diagram 需覆蓋所有 Participants"));
        assertEquals(Optional.of(new DiagramParticipantsRule.DiagramParticipants("roles")),
                DiagramParticipantsRule.FORM.read("the diagram must cover all roles"));
        assertEquals(Optional.empty(), DiagramParticipantsRule.FORM.read("Diagram 需清楚易讀"));
        assertTrue(CHAPTER.rubric().enforced().stream().anyMatch(l -> l.text().startsWith("Shape / 形狀: " + LINE + " (read as DiagramParticipants")),
                CHAPTER.rubric().enforced().toString());
    }

    @Test
    void aParticipantNoNodeShowsIsReportedWhenEveryNodeIsAccountedFor() {
        assertEquals(List.of(error("'Pourer' of section 'Participants / 角色' (its nodes: Kettle, ElectricKettle, each "
                        + "shown for another participant)")),
                run("classDiagram\n    class Kettle {\n        +boil()\n        -water: int\n    }\n"
                                + "    Kettle <|-- ElectricKettle\n",
                        "- **Kettle（水壺）**：boils.\n- **ConcreteKettle**：one kind.\n- **Pourer**：pours.\n"));
        // a participant the diagram shows as a member of a class (a hook method) is shown
        assertEquals(List.of(), run("classDiagram\n    class Kettle {\n        +Hook()\n    }\n    Kettle <|-- ElectricKettle\n",
                "- **Kettle**：boils.\n- **ConcreteKettle**：one kind.\n- **Hook**（可選）：may be overridden.\n"));
        // a table, bold names, examples in parentheses, " / " alternatives, letter case and spaces
        assertEquals(List.of(error("'Director (可選)', 'Client' of section 'Participants / 角色' (its nodes: Server, "
                        + "ServerBuilder, each shown for another participant)")),
                run("classDiagram\n    class Server\n    class ServerBuilder\n    ServerBuilder ..> Server : builds\n",
                        "| 角色 | 職責 |\n|---|---|\n| Product (Server) | x |\n| **Builder / server builder** | y |\n"
                                + "| Director (可選) | z |\n| `Client` | w |\n"));
    }

    @Test
    void aNodeShownForNoParticipantMayBeOneUnderAnotherNameSoNothingIsReported() {
        assertEquals(List.of(), run("classDiagram\n    class FileNode\n    class Folder\n    FileNode <|.. Folder\n",
                "- **Component**：x\n- **Composite**：y\n- **Client**：z\n"));
    }

    @Test
    void flowchartLabelsAndStateDiagramStatesAreNodes() {
        assertEquals(List.of(), run("flowchart LR\n    P[Producer] -->|job| Q[Job Channel]\n    Q --> W(Worker)\n",
                "- **Producer**：x\n- **Job Channel**：y\n- `Worker`：z\n"));
        assertEquals(List.of(error("'Fallback' of section 'Participants / 角色' (its nodes: Closed, Open, each shown for "
                        + "another participant)")),
                run("stateDiagram-v2\n    [*] --> Closed\n    Closed --> Open : too many failures\n",
                        "| Role | Duty |\n|---|---|\n| **State (Closed)** | a |\n| **State (Open)** | b |\n| **Fallback** | c |\n"));
    }
}
