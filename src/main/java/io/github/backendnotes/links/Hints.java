package io.github.backendnotes.links;

import io.github.backendnotes.model.PathNames;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a broken link's message proposes: the note it most likely meant, so that the fix is one edit. */
final class Hints {

    /** A chapter's number at the start of its name: "05_singleton", "05-singleton", "05 Singleton". */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[ _.-]");

    private Hints() {
    }

    /**
     * For a link to {@code wanted} (a path relative to the root, where it was looked for), written as {@code written}:
     * a note in that folder whose name is a few edits away, else the one with the same chapter number (renamed), else
     * the note anywhere whose name is fewest edits away.
     */
    static String nearestNote(NameIndex names, String wanted, String written) {
        if (!PathNames.fileName(written).contains(".") || NameIndex.lower(written).endsWith(".md")) {
            return nearest(names, wanted).map(path -> "; did you mean '" + path + "'?").orElse("");
        }
        return "";
    }

    /** The name without the chapter number it starts with: "20_strategy" is "strategy". */
    private static String unnumbered(String stem) {
        Matcher number = NUMBERED.matcher(stem);
        return number.find() ? stem.substring(number.end()) : stem;
    }

    static Optional<String> nearest(NameIndex names, String wanted) {
        return names.nearest(wanted, missing -> search(names, missing));
    }

    private static Optional<String> search(NameIndex names, String wanted) {
        String folder = PathNames.parent(wanted);
        String stem = NameIndex.stem(wanted);
        List<String> stems = names.notesIn(folder).stream().map(NameIndex::stem).toList();
        Optional<String> inFolder = Suggestions.nearest(stem, stems)
                .or(() -> Suggestions.nearest(unnumbered(stem), stems.stream().map(Hints::unnumbered).toList())
                        .flatMap(near -> stems.stream().filter(one -> unnumbered(one).equals(near)).findFirst()))
                .map(near -> ObsidianResolver.join(folder, near + ".md"));
        if (inFolder.isPresent()) {
            return inFolder;
        }
        Matcher number = NUMBERED.matcher(stem);
        if (number.find()) {
            for (String note : names.notesIn(folder)) {
                Matcher other = NUMBERED.matcher(NameIndex.stem(note));
                if (other.find() && other.group(1).equals(number.group(1))) {
                    return Optional.of(note);
                }
            }
        }
        // a generated name that ends with a note's: "obsidian.workspace.getleaf_1" for "getLeaf_1"
        for (int i = 0; i < stem.length(); i++) {
            if (".-_ ".indexOf(stem.charAt(i)) >= 0 && !names.notesWithStem(stem.substring(i + 1)).isEmpty()) {
                String suffix = stem.substring(i + 1);
                return names.notesWithStem(suffix).stream().filter(note -> PathNames.parent(note).equals(folder))
                        .findFirst().or(() -> names.notesWithStem(suffix).stream().findFirst());
            }
        }
        return Suggestions.nearest(stem, names.stems()).flatMap(near -> {
            List<String> notes = names.notesWithStem(near);
            return notes.stream().filter(note -> PathNames.parent(note).equals(folder)).findFirst()
                    .or(() -> notes.stream().min(Comparator.comparingInt(String::length)
                            .thenComparing(Comparator.naturalOrder())));
        });
    }
}
