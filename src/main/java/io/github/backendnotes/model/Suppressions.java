package io.github.backendnotes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inline suppressions of a note: {@code <!-- backend-notes-disable-next-line ID… -->},
 * {@code <!-- backend-notes-disable ID… -->} … {@code <!-- backend-notes-enable ID… -->}, and the front-matter key
 * {@code backend-notes-disable: [ID…]} for the whole file. An ID is a rule id or a category; no ID means every rule.
 */
public record Suppressions(Set<String> wholeFile, List<Directive> directives) {

    public static final Suppressions NONE = new Suppressions(Set.of(), List.of());

    /** A comment directive on a line. */
    public enum Kind { NEXT_LINE, DISABLE, ENABLE }

    public record Directive(Kind kind, Set<String> ids, int line) {
        public Directive {
            ids = Set.copyOf(ids);
        }

        boolean names(String ruleId, String category) {
            return ids.isEmpty() || ids.contains(ruleId) || ids.contains(category);
        }
    }

    public Suppressions {
        wholeFile = Set.copyOf(wholeFile);
        List<Directive> sorted = new ArrayList<>(directives);
        sorted.sort(java.util.Comparator.comparingInt(Directive::line));
        directives = List.copyOf(sorted);
    }

    public boolean isEmpty() {
        return wholeFile.isEmpty() && directives.isEmpty();
    }

    public boolean suppresses(String ruleId, int line) {
        String category = ruleId.contains(".") ? ruleId.substring(0, ruleId.indexOf('.')) : ruleId;
        if (wholeFile.contains(ruleId) || wholeFile.contains(category)) {
            return true;
        }
        boolean disabled = false;
        for (Directive directive : directives) {
            if (directive.line() >= line) {
                break;
            }
            if (!directive.names(ruleId, category)) {
                continue;
            }
            switch (directive.kind()) {
                case DISABLE -> disabled = true;
                case ENABLE -> disabled = false;
                case NEXT_LINE -> {
                    if (directive.line() + 1 == line) {
                        return true;
                    }
                }
            }
        }
        return disabled;
    }
}
