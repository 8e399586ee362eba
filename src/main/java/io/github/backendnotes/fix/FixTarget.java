package io.github.backendnotes.fix;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Series;

import java.util.List;

/**
 * What a fixer knows of the file it edits.
 *
 * @param note     the file as the run's parser reads its current text
 * @param series   the series the file belongs to (as chapter, rubric, README or matrix), or null
 * @param fields   the front-matter fields the file must carry: its rubric's table completed by the dictionary
 * @param findings every finding of the run on this file that a fixer handles, for fixers whose edit depends on
 *                 a value another finding says is wrong
 */
record FixTarget(Note note, Series series, List<FieldRequirement> fields, List<Finding> findings) {

    FixTarget {
        fields = List.copyOf(fields);
        findings = List.copyOf(findings);
    }

    /** The requirement of a field, if the file must carry it. */
    java.util.Optional<FieldRequirement> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The series folder the file's path is in below the series folder ("behavioral"), or "". */
    String folderInSeries() {
        return folderIn(series, note.path());
    }

    /** The first folder of {@code path} below the series folder, or "" (for a file outside it, too). */
    static String folderIn(Series series, String path) {
        String rest = series == null || series.dir().isEmpty() ? path
                : path.startsWith(series.dir() + "/") ? path.substring(series.dir().length() + 1) : "";
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }
}
