package io.github.backendnotes.scaffold;

import io.github.backendnotes.check.RootIndex;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;

import java.util.function.Consumer;

/**
 * Lists a new chapter in the root {@code INDEX.md}, where the vault has one ({@code index.not-in-index} asks every
 * note to be there): a line after the last link to a note of the chapter's folder, else of its series, written as
 * that line is.
 */
final class IndexEdits {

    private IndexEdits() {
    }

    static void apply(ChapterPlan plan, NoteSummary index, TextLines text, Consumer<String> said) {
        Link anchor = null;
        Link inSeries = null;
        for (Link link : index.links()) {
            if (link.kind() != Link.Kind.MARKDOWN) {
                continue;
            }
            String target = PathNames.normalize(PathNames.percentDecoded(link.target()));
            if (PathNames.parent(target).equals(PathNames.parent(plan.path()))) {
                anchor = link;
            }
            if (PathNames.isUnder(target, plan.series().dir())) {
                inSeries = link;
            }
        }
        anchor = anchor == null ? inSeries : anchor;
        if (anchor == null) {
            said.accept(RootIndex.FILE + " lists no note of series '" + plan.series().name()
                    + "': the chapter is not added to it");
            return;
        }
        String line = text.line(anchor.line());
        int open = line.indexOf('[');
        String prefix = open < 0 ? "- " : line.substring(0, open);
        text.insertAfter(anchor.line(), prefix + "[" + plan.stem() + "](" + plan.path() + ")");
    }
}
