package io.github.backendnotes.check;

import io.github.backendnotes.links.GithubResolver;
import io.github.backendnotes.links.LinkMode;
import io.github.backendnotes.links.NameIndex;
import io.github.backendnotes.links.ObsidianResolver;
import io.github.backendnotes.links.Resolved;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Slugs;
import io.github.backendnotes.model.VaultSummary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves a link against the index, without opening anything. With a {@link LinkMode}, by Obsidian's or GitHub's
 * rules (see the {@code links} package); without one, Markdown targets relative to the note (percent-decoded), wiki
 * links by path (relative to the note, then to the root) or by file name anywhere.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** {@code NOT_A_LINK}: syntax the mode does not render as a link, such as a wiki link on GitHub. */
    public enum Outcome { RESOLVED, EXTERNAL, MISSING, MISSING_ANCHOR, OUTSIDE_ROOT, NOT_A_LINK }

    /**
     * @param target the note or file the link points to, relative to the root, or null
     * @param anchor the anchor asked for, or ""
     * @param detail for a link that leads nowhere, what was tried and the nearest thing that exists; else ""
     */
    public record Resolution(Outcome outcome, String target, String anchor, String detail) {
        public Resolution(Outcome outcome, String target, String anchor) {
            this(outcome, target, anchor, "");
        }
    }

    private final VaultSummary index;
    private final ObsidianResolver obsidian;
    private final GithubResolver github;

    public LinkResolver(VaultSummary index) {
        this.index = index;
        this.obsidian = null;
        this.github = null;
    }

    /** Resolves by the mode's rules; the name indexes are built here, once. */
    public LinkResolver(VaultSummary index, LinkMode mode) {
        this.index = index;
        NameIndex names = new NameIndex(index);
        this.obsidian = mode.obsidian() ? new ObsidianResolver(names) : null;
        this.github = mode.obsidian() ? null : new GithubResolver(names);
    }

    /** Where each link of the note leads, in the order of its links. */
    public List<Resolution> resolveLinks(NoteSummary note) {
        return note.links().stream().map(link -> resolve(note.path(), link)).toList();
    }

    public Resolution resolve(String fromNote, Link link) {
        if (obsidian != null || github != null) {
            Resolved resolved = obsidian != null ? obsidian.resolve(fromNote, link) : github.resolve(fromNote, link);
            return new Resolution(Outcome.valueOf(resolved.outcome().name()), resolved.target(), resolved.anchor(),
                    resolved.detail());
        }
        return link.kind() == Link.Kind.WIKI ? resolveWiki(fromNote, link.target()) : resolveMarkdown(fromNote, link.target());
    }

    private Resolution resolveMarkdown(String fromNote, String rawTarget) {
        String target = rawTarget.trim();
        if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            // file: URLs name local files, which the tool never opens
            return new Resolution(target.toLowerCase(Locale.ROOT).startsWith("file:") ? Outcome.OUTSIDE_ROOT : Outcome.EXTERNAL,
                    null, "");
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : PathNames.percentDecoded(target.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        pathPart = PathNames.percentDecoded(pathPart);
        if (pathPart.isEmpty()) {
            return checkAnchor(fromNote, anchor);
        }
        String joined = pathPart.startsWith("/") ? pathPart.substring(1) : join(PathNames.parent(fromNote), pathPart);
        String resolved = PathNames.normalize(joined);
        if (escapes(resolved)) {
            return new Resolution(Outcome.OUTSIDE_ROOT, null, anchor);
        }
        if (!index.exists(resolved)) {
            return new Resolution(Outcome.MISSING, resolved, anchor);
        }
        return index.isNote(resolved) ? checkAnchor(resolved, anchor) : new Resolution(Outcome.RESOLVED, resolved, anchor);
    }

    private Resolution resolveWiki(String fromNote, String rawTarget) {
        String target = rawTarget.trim();
        int hash = target.indexOf('#');
        String name = (hash < 0 ? target : target.substring(0, hash)).trim();
        String anchor = hash < 0 ? "" : target.substring(hash + 1).trim();
        if (anchor.startsWith("^")) {
            anchor = ""; // block references are not headings
        }
        if (name.isEmpty()) {
            return checkAnchor(fromNote, anchor);
        }
        boolean hasExtension = PathNames.fileName(name).contains(".");
        String asNote = hasExtension ? name : name + ".md";
        if (name.contains("/")) {
            String relative = PathNames.normalize(join(PathNames.parent(fromNote), asNote));
            if (escapes(relative)) {
                return new Resolution(Outcome.OUTSIDE_ROOT, null, anchor);
            }
            String fromRoot = PathNames.normalize(asNote.startsWith("/") ? asNote.substring(1) : asNote);
            for (String candidate : List.of(relative, fromRoot)) {
                if (!escapes(candidate) && index.exists(candidate)) {
                    return index.isNote(candidate) ? checkAnchor(candidate, anchor) : new Resolution(Outcome.RESOLVED, candidate, anchor);
                }
            }
            // Obsidian also matches a partial path at the end of a note's path
            String suffix = "/" + fromRoot.toLowerCase(Locale.ROOT);
            for (String note : escapes(fromRoot) ? List.<String>of() : index.notesWithStem(stem(name))) {
                if (("/" + note.toLowerCase(Locale.ROOT)).endsWith(suffix)) {
                    return checkAnchor(note, anchor);
                }
            }
            return new Resolution(Outcome.MISSING, relative, anchor);
        }
        if (!hasExtension || name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            List<String> notes = index.notesWithStem(stem(name));
            if (!notes.isEmpty()) {
                return checkAnchor(notes.get(0), anchor);
            }
            return new Resolution(Outcome.MISSING, null, anchor);
        }
        return index.filesNamed(name).isEmpty() ? new Resolution(Outcome.MISSING, null, anchor)
                : new Resolution(Outcome.RESOLVED, index.filesNamed(name).get(0), anchor);
    }

    private Resolution checkAnchor(String note, String anchor) {
        if (anchor.isEmpty()) {
            return new Resolution(Outcome.RESOLVED, note, anchor);
        }
        NoteSummary target = index.note(note);
        if (target == null) {
            // an excluded note is not read, so an anchor into it is taken on trust
            return new Resolution(index.isExcluded(note) ? Outcome.RESOLVED : Outcome.MISSING, note, anchor);
        }
        String wanted = anchor.toLowerCase(Locale.ROOT);
        boolean found = target.anchors().contains(wanted) || target.anchors().contains(Slugs.slug(anchor));
        return new Resolution(found ? Outcome.RESOLVED : Outcome.MISSING_ANCHOR, note, anchor);
    }

    private static boolean escapes(String normalized) {
        return normalized.equals("..") || normalized.startsWith("../");
    }

    private static String stem(String name) {
        String file = PathNames.fileName(name);
        return file.toLowerCase(Locale.ROOT).endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }

}
