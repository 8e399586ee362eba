package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.PathNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Registers a new chapter in a coverage matrix: a {@code Pending} row after the last row of its capability area,
 * written in the columns of the row it follows. The matrix is the series' own, else the nearest one in a folder
 * above the series. The area is the one asked for, else the one of the rows whose files share the chapter's
 * folder, else a new one named after the chapter's folder.
 */
final class MatrixEdits {

    static final String PENDING = "Pending";

    private MatrixEdits() {
    }

    /** The matrix the chapter is registered in, by path; null when the vault has none for its series. */
    static String matrixFor(ChapterPlan plan, Map<String, CoverageMatrix> matrices) {
        String own = plan.series().matrix();
        if (own != null && matrices.containsKey(own)) {
            return own;
        }
        String nearest = null;
        for (String path : matrices.keySet()) {
            String folder = PathNames.parent(path);
            boolean above = folder.isEmpty() || PathNames.isUnder(plan.series().dir(), folder);
            if (above && (nearest == null || folder.length() > PathNames.parent(nearest).length())) {
                nearest = path;
            }
        }
        return nearest;
    }

    static void apply(ChapterPlan plan, CoverageMatrix matrix, String capability, TextLines text,
                      Consumer<String> said) {
        List<CoverageMatrix.Row> rows = matrix.rows();
        if (rows.isEmpty()) {
            said.accept(matrix.file() + " has no coverage table: no row written");
            return;
        }
        String folder = PathNames.parent(matrix.file());
        String entry = folder.isEmpty() ? plan.path() : plan.path().substring(folder.length() + 1);
        String area = area(plan, rows, folder, capability);
        CoverageMatrix.Row anchor = rows.get(rows.size() - 1);
        for (CoverageMatrix.Row row : rows) {
            if (row.area().equalsIgnoreCase(area)) {
                anchor = row;
                area = row.area();
            }
        }
        text.insertAfter(anchor.line(), row(text.line(anchor.line()), anchor, area, plan.topic(), entry));
        said.accept(matrix.file() + ": a " + PENDING + " row under '" + area + "'");
    }

    private static String area(ChapterPlan plan, List<CoverageMatrix.Row> rows, String folder, String capability) {
        if (capability != null && !capability.isBlank()) {
            return capability.trim();
        }
        String chapterFolder = PathNames.parent(plan.path());
        String area = null;
        for (CoverageMatrix.Row row : rows) {
            for (CoverageMatrix.Entry entry : row.entries()) {
                String path = PathNames.normalize(folder.isEmpty() ? entry.path() : folder + "/" + entry.path());
                if (!entry.isFolder() && PathNames.parent(path).equals(chapterFolder)) {
                    area = row.area();
                }
            }
        }
        if (area != null) {
            return area;
        }
        String name = plan.folder().isEmpty() ? plan.series().name() : plan.folder();
        return titleCase(name);
    }

    /** "system_design" is "System Design". */
    static String titleCase(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("[_\\-\\s]+")) {
            if (!word.isEmpty()) {
                words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            }
        }
        return String.join(" ", words);
    }

    /** The anchor row's line with each cell replaced by the new row's: area, topic, the file, the status. */
    static String row(String template, CoverageMatrix.Row anchor, String area, String topic, String entry) {
        String trimmed = template.trim();
        String inner = trimmed.substring(trimmed.startsWith("|") ? 1 : 0,
                trimmed.endsWith("|") && trimmed.length() > 1 ? trimmed.length() - 1 : trimmed.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            String value = cell.trim();
            if (value.equals(anchor.statusText().trim())) {
                cells.add(PENDING);
            } else if (value.equals(anchor.area())) {
                cells.add(area);
            } else if (value.equals(anchor.topic())) {
                cells.add(topic);
            } else if (value.contains("`")) {
                cells.add("`" + entry + "`");
            } else {
                cells.add("");
            }
        }
        String indent = template.substring(0, template.indexOf(trimmed));
        return indent + "| " + String.join(" | ", cells) + " |";
    }
}
