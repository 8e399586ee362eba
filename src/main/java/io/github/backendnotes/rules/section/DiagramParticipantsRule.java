package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class DiagramParticipantsRule extends SectionRule<DiagramParticipantsRule.DiagramParticipants> {

    private static final Pattern PHRASE = Pattern.compile(
            "diagram\\s*(?:需|必須|應)?\\s*(?:覆蓋|涵蓋|包含)\\s*(?:所有|全部)(?:的)?\\s*`?([A-Za-z][\\w ]*?)`?\\s*$"
                    + "|diagrams?\\s+(?:must\\s+|should\\s+)?(?:cover|show|include)s?\\s+(?:all|every)\\s+(?:the\\s+)?([A-Za-z]\\w*)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A list item naming its participant first: "**Name**：…" (the item's text keeps no bold, so the name is what
     * stands before the colon), "`Name`：…".
     */
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:`([^`]+)`|([^：:。，,]{1,60}?))\\s*[：:]");
    /** Examples named in ASCII parentheses: "Product (Notifier)", "ConcreteProduct (EmailNotifier, SMSNotifier)". */
    private static final Pattern EXAMPLES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern CONCRETE = Pattern.compile("^concrete\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    // compiled once: every participant of every chapter is read with them
    private static final Pattern GLOSS = Pattern.compile("（[^）]*）");
    private static final Pattern EXAMPLE_SEPARATOR = Pattern.compile("[,、]");
    private static final Pattern EXAMPLE_NAME = Pattern.compile("[A-Za-z][\\w\\- ]*");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Reads "Diagram 需覆蓋所有 Participants": the section named last is the one listing the participants. */
    public static final ClauseForm FORM = clause -> {
        Matcher phrase = PHRASE.matcher(clause.trim());
        if (!phrase.find()) {
            return Optional.empty();
        }
        String section = (phrase.group(1) != null ? phrase.group(1) : phrase.group(2)).trim();
        return Optional.of(new DiagramParticipants(section));
    };

    /** The section's Mermaid diagram shows every participant the section {@code participants} names. */
    public record DiagramParticipants(String participants) implements Check {
    }

    /** A participant: its name as written, and every name that shows it (the name, its parts around " / ", its examples). */
    record Participant(String written, List<String> names) {
    }

    public DiagramParticipantsRule() {
        super("section.diagram-participants", Severity.ERROR,
                "A section whose Mermaid diagram must cover all participants shows each participant the chapter's "
                        + "participants section names (a list item's lead before its colon, bold or backticked, or a "
                        + "table's first column): a node whose id or label is its name, one of its names around \" / \", or an example "
                        + "it names in parentheses (\"Product (Notifier)\"), compared in lower case with letters and "
                        + "digits only, or a member of a class (a hook method); a \"Concrete X\" participant is shown by a class that "
                        + "implements or extends X. "
                        + "Where a node of the diagram is shown for no participant, it may be a participant drawn under "
                        + "another name (a role by its example), so nothing is reported.",
                DiagramParticipants.class);
    }

    @Override
    String problem(SectionView section, DiagramParticipants check) {
        List<String> diagrams = section.codeBlocks().stream()
                .filter(code -> code.language().toLowerCase(Locale.ROOT).equals("mermaid")).map(Block.CodeBlock::literal).toList();
        Optional<SectionView> list = participantsSection(section, check.participants());
        if (diagrams.isEmpty() || list.isEmpty()) {
            return null; // no diagram is section.diagram's finding; no participants section, structure's
        }
        List<Participant> participants = participants(list.get());
        MermaidNodes nodes = MermaidNodes.of(diagrams);
        Set<String> shown = new HashSet<>();
        List<Participant> missing = new ArrayList<>();
        for (Participant participant : participants) {
            if (!show(participant, nodes, shown)) {
                missing.add(participant);
            }
        }
        // a node shown for no participant may be a missing one under another name: only a full account is sure
        if (missing.isEmpty() || !shown.containsAll(nodes.ids())) {
            return null;
        }
        return "has a Mermaid diagram without " + String.join(", ", missing.stream().map(p -> "'" + p.written() + "'").toList())
                + " of section '" + list.get().title() + "' (its nodes: " + String.join(", ", nodes.writtenIds())
                + ", each shown for another participant)";
    }

    /** Whether the diagram shows the participant; the nodes that show it are added to {@code shown}. */
    private static boolean show(Participant participant, MermaidNodes nodes, Set<String> shown) {
        boolean found = false;
        for (String name : participant.names()) {
            String node = nodes.nodeNamed(MermaidNodes.squeeze(name));
            if (node != null) {
                shown.add(node);
                found = true;
            }
        }
        if (found || participant.names().stream().anyMatch(name -> nodes.hasMember(MermaidNodes.squeeze(name)))) {
            return true; // a participant may be a method a class of the diagram shows (a hook)
        }
        for (String name : participant.names()) {
            Matcher concrete = CONCRETE.matcher(name.trim());
            String base = concrete.matches() ? nodes.nodeNamed(MermaidNodes.squeeze(concrete.group(1))) : null;
            if (base != null && !nodes.implementationsOf(base).isEmpty()) {
                shown.addAll(nodes.implementationsOf(base));
                return true;
            }
        }
        return false;
    }

    /** The H2 section whose heading is {@code name}, or starts with it ("Participants / 參與者"). */
    private static Optional<SectionView> participantsSection(SectionView section, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Section candidate : section.note().sections()) {
            String title = candidate.title().toLowerCase(Locale.ROOT);
            if (candidate.level() == 2 && (title.equals(wanted) || title.startsWith(wanted)
                    && !Character.isLetterOrDigit(title.charAt(wanted.length())))) {
                return SectionView.find(section.note(), candidate.title());
            }
        }
        return Optional.empty();
    }

    static List<Participant> participants(SectionView list) {
        List<Participant> participants = new ArrayList<>();
        for (Block block : list.allBlocks()) {
            if (block instanceof Block.ListBlock items) {
                for (Block.ListItem item : items.items()) {
                    Matcher lead = LEAD.matcher(item.text());
                    if (lead.lookingAt()) {
                        participants.add(participant((lead.group(1) != null ? lead.group(1) : lead.group(2)).replace("**", "")));
                    }
                }
            } else if (block instanceof Block.Table table) {
                for (Block.Table.Row row : table.rows()) {
                    String cell = row.cell(0).replace("**", "").replace("`", "").trim();
                    if (!cell.isEmpty()) {
                        participants.add(participant(cell));
                    }
                }
            }
        }
        return participants;
    }

    /** "Component（元件介面）" is Component; "Product (Notifier)" is Product or Notifier; "Chain / Stack" either. */
    private static Participant participant(String written) {
        String name = GLOSS.matcher(written).replaceAll("").trim();
        List<String> names = new ArrayList<>();
        Matcher examples = EXAMPLES.matcher(name);
        while (examples.find()) {
            for (String example : EXAMPLE_SEPARATOR.split(examples.group(1))) {
                if (EXAMPLE_NAME.matcher(example.trim()).matches()) {
                    names.add(example.trim());
                }
            }
        }
        String bare = EXAMPLES.matcher(name).replaceAll(" ").trim();
        for (String part : SLASH.split(bare)) {
            if (!part.isBlank()) {
                names.add(0, part.trim());
            }
        }
        return new Participant(SPACES.matcher(written.trim()).replaceAll(" "), names);
    }
}
