package io.github.backendnotes.links;

/**
 * Where one link leads.
 *
 * @param target the note, file or folder it leads to, relative to the root, or where it was looked for; or null
 * @param anchor the fragment asked for, or ""
 * @param detail for a link that leads nowhere, what was tried and the nearest thing that exists; else ""
 */
public record Resolved(Outcome outcome, String target, String anchor, String detail) {

    public enum Outcome { RESOLVED, EXTERNAL, MISSING, MISSING_ANCHOR, OUTSIDE_ROOT, NOT_A_LINK }

    static Resolved resolved(String target, String anchor) {
        return new Resolved(Outcome.RESOLVED, target, anchor, "");
    }

    static Resolved missing(String target, String anchor, String detail) {
        return new Resolved(Outcome.MISSING, target, anchor, detail);
    }

    static Resolved missingAnchor(String target, String anchor, String detail) {
        return new Resolved(Outcome.MISSING_ANCHOR, target, anchor, detail);
    }
}
