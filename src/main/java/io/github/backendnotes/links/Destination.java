package io.github.backendnotes.links;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.PathNames;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link's destination taken apart: the path and the fragment, or a URL that leads elsewhere.
 *
 * @param path     percent-decoded for a Markdown link; as written inside a wiki link
 * @param fragment after the first {@code #}, or ""
 */
record Destination(String path, String fragment, boolean external, boolean localFile) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static Destination of(Link link) {
        String target = link.target().trim();
        if (link.kind() == Link.Kind.WIKI) {
            int hash = target.indexOf('#');
            return new Destination((hash < 0 ? target : target.substring(0, hash)).trim(),
                    hash < 0 ? "" : target.substring(hash + 1).trim(), false, false);
        }
        if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            // file: URLs name local files, which the tool never opens
            return new Destination(target, "", true, target.toLowerCase(Locale.ROOT).startsWith("file:"));
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : PathNames.percentDecoded(target.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return new Destination(PathNames.percentDecoded(path), fragment, false, false);
    }


    /** What an external destination resolves to: outside the root for a {@code file:} URL, else external. */
    Resolved unreachable() {
        return new Resolved(localFile ? Resolved.Outcome.OUTSIDE_ROOT : Resolved.Outcome.EXTERNAL, null, "", "");
    }
}
