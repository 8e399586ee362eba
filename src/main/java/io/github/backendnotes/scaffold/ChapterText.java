package io.github.backendnotes.scaffold;

import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.VaultSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of a new chapter: its title as H1, then the kind's required headings, each with a placeholder that
 * states the section's minimums as the rubric writes them. The placeholder is an HTML comment, which no section
 * check reads: a placeholder never counts as the content it asks for.
 */
final class ChapterText {

    private ChapterText() {
    }

    /** @param index the vault's notes: where the rubric gives no order, the order most chapters use */
    static List<String> body(ChapterPlan plan, VaultSummary index) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("# " + plan.title());
        for (String heading : headings(plan, index)) {
            lines.add("");
            lines.add("## " + heading);
            lines.add("");
            Set<String> minimums = new LinkedHashSet<>();
            for (SectionRequirement requirement : plan.kind().requirements()) {
                if (requirement.heading().equals(heading)) {
                    minimums.add(requirement.rubricText().trim());
                }
            }
            lines.add(placeholder(minimums));
        }
        return lines;
    }

    private static String placeholder(Set<String> minimums) {
        String text = minimums.isEmpty() ? "To write." : "To write. The rubric asks: " + String.join(" ", minimums);
        // "--" may not appear inside an HTML comment
        return "<!-- " + text.replace("--", "- -") + " -->";
    }

    /**
     * The kind's headings: in the rubric's order when it gives one; else by where the series' chapters put them on
     * average (a heading no chapter has goes last, in the rubric's order).
     */
    static List<String> headings(ChapterPlan plan, VaultSummary index) {
        ChapterKind kind = plan.kind();
        List<String> texts = kind.headingTexts();
        if (kind.ordered()) {
            return texts;
        }
        Map<String, Double> position = new HashMap<>();
        for (String heading : texts) {
            double sum = 0;
            int count = 0;
            for (String chapter : plan.series().chapters()) {
                if (index.note(chapter) == null) {
                    continue;
                }
                List<String> h2 = index.note(chapter).h2();
                int at = indexOf(h2, heading);
                if (at >= 0) {
                    sum += (double) at / Math.max(1, h2.size());
                    count++;
                }
            }
            position.put(heading, count == 0 ? Double.MAX_VALUE : sum / count);
        }
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingDouble(position::get));
        return sorted;
    }

    private static int indexOf(List<String> h2, String heading) {
        for (int i = 0; i < h2.size(); i++) {
            if (ChapterKinds.isHeading(h2.get(i), heading)) {
                return i;
            }
        }
        return -1;
    }
}
