package io.github.backendnotes.fix;

import java.util.ArrayList;
import java.util.List;

/** The unified diff ({@code diff -u}, three lines of context) of one file's planned edits, as the dry run prints it. */
final class UnifiedDiff {

    static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff's lines, headed {@code --- a/path} and {@code +++ b/path}; empty when nothing changes. */
    static List<String> of(LineEdits edits) {
        List<LineEdits.Op> ops = edits.ops();
        List<String> out = new ArrayList<>();
        int i = 0;
        int oldLine = 1;
        int newLine = 1;
        while (i < ops.size()) {
            int change = nextChange(ops, i);
            if (change < 0) {
                break;
            }
            int start = Math.max(i, change - CONTEXT);
            for (int k = i; k < start; k++) {
                oldLine++;
                newLine++;
            }
            int end = hunkEnd(ops, change);
            if (out.isEmpty()) {
                out.add("--- a/" + edits.path());
                out.add("+++ b/" + edits.path());
            }
            int[] counts = counts(ops, start, end);
            out.add("@@ -" + (counts[0] == 0 ? oldLine - 1 : oldLine) + "," + counts[0] + " +"
                    + (counts[1] == 0 ? newLine - 1 : newLine) + "," + counts[1] + " @@");
            for (int k = start; k < end; k++) {
                out.add(ops.get(k).kind() + ops.get(k).text());
            }
            oldLine += counts[0];
            newLine += counts[1];
            i = end;
        }
        return out;
    }

    private static int nextChange(List<LineEdits.Op> ops, int from) {
        for (int k = from; k < ops.size(); k++) {
            if (ops.get(k).kind() != ' ') {
                return k;
            }
        }
        return -1;
    }

    /** Past the last change that is within two contexts of the one before, plus the trailing context. */
    private static int hunkEnd(List<LineEdits.Op> ops, int change) {
        int last = change;
        int k = change + 1;
        while (k < ops.size()) {
            if (ops.get(k).kind() != ' ') {
                last = k;
            } else if (k - last > 2 * CONTEXT) {
                break;
            }
            k++;
        }
        return Math.min(ops.size(), last + 1 + CONTEXT);
    }

    /** Lines of the old and the new side within the range. */
    private static int[] counts(List<LineEdits.Op> ops, int start, int end) {
        int[] counts = new int[2];
        for (int k = start; k < end; k++) {
            char kind = ops.get(k).kind();
            if (kind != '+') {
                counts[0]++;
            }
            if (kind != '-') {
                counts[1]++;
            }
        }
        return counts;
    }
}
