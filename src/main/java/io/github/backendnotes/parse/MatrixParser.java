package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code coverage_matrix.md}: the table whose header names a files column and a status column, and the
 * "`a` <-> `b`" lines of its cross-references section.
 */
public final class MatrixParser {

    private static final Pattern ENTRY = Pattern.compile("`([^`]+)`(?:\\s*[(（]\\s*(\\d{1,5})\\s*files?\\s*[)）])?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    public CoverageMatrix parse(String file, Note matrix) {
        List<CoverageMatrix.Row> rows = new ArrayList<>();
        List<CoverageMatrix.CrossReference> crossReferences = new ArrayList<>();
        List<Section> sections = matrix.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            boolean crossReferenceSection = section.title().toLowerCase(Locale.ROOT).contains("cross-reference")
                    || section.title().contains("交叉引用");
            for (Block block : section.blocks()) {
                if (block instanceof Block.Table table) {
                    readTable(table, rows);
                } else if (crossReferenceSection && block instanceof Block.ListBlock list) {
                    for (Block.ListItem item : list.items()) {
                        crossReference(item).ifPresent(crossReferences::add);
                    }
                }
            }
        }
        return new CoverageMatrix(file, rows, crossReferences);
    }

    private static void readTable(Block.Table table, List<CoverageMatrix.Row> rows) {
        int files = -1;
        int status = -1;
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c).toLowerCase(Locale.ROOT);
            if (files < 0 && (name.contains("file") || name.contains("檔案"))) {
                files = c;
            } else if (status < 0 && (name.contains("status") || name.contains("狀態"))) {
                status = c;
            }
        }
        if (files < 0 || status < 0) {
            return; // not a coverage table
        }
        for (Block.Table.Row row : table.rows()) {
            List<CoverageMatrix.Entry> entries = new ArrayList<>();
            Matcher entry = ENTRY.matcher(row.cell(files));
            while (entry.find()) {
                String path = entry.group(1).trim();
                entries.add(new CoverageMatrix.Entry(path.startsWith("./") ? path.substring(2) : path,
                        entry.group(2) == null ? -1 : Digits.value(entry.group(2))));
            }
            String statusText = row.cell(status);
            rows.add(new CoverageMatrix.Row(row.cell(0), row.cell(Math.min(1, row.cells().size() - 1)), entries,
                    statusText, CoverageMatrix.Status.of(statusText), row.line()));
        }
    }

    private static java.util.Optional<CoverageMatrix.CrossReference> crossReference(Block.ListItem item) {
        String text = item.text();
        int arrow = text.indexOf("<->");
        if (arrow < 0) {
            return java.util.Optional.empty();
        }
        List<String> left = backticked(text.substring(0, arrow));
        List<String> right = backticked(text.substring(arrow + 3));
        if (left.isEmpty() || right.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CoverageMatrix.CrossReference(left, right, item.line()));
    }

    private static List<String> backticked(String text) {
        List<String> paths = new ArrayList<>();
        Matcher path = BACKTICKED.matcher(text);
        while (path.find()) {
            paths.add(path.group(1).trim());
        }
        return paths;
    }
}
