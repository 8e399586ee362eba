package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Ordered;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class LinkDomainsRule extends SectionRule<LinkDomainsRule.LinkDomains> {

    private static final Pattern ALLOWED = Pattern.compile("(?:允許域名|允许域名|allowed domains)\\s*[：:]\\s*((?:`[^`]+`[\\s、,，和與及and]*)+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCEPTION = Pattern.compile("`?(\\d{1,3})`?\\s*章可額外使用\\s*((?:`[^`]+`[\\s、,，和與及]*)+)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern URL = Pattern.compile("^https?://([^/?#]+)([^?#]*)", Pattern.CASE_INSENSITIVE);

    /**
     * Reads "允許域名：`react.dev`、`nextjs.org`" with its per-chapter exceptions ("`17` 章可額外使用 `vitest.dev`")
     * from the whole line: the exceptions are clauses of their own.
     */
    public static final ClauseForm FORM = ClauseForm.wholeLine(LinkDomainsRule::read);

    /**
     * Web links of the section go only to these domains (or paths), plus the chapter's exceptions. An exception
     * read alone (its clause, asked apart from the line) has no allow-list and checks nothing by itself.
     */
    public record LinkDomains(List<String> allowed, Map<Integer, List<String>> exceptions) implements Check {
        public LinkDomains {
            allowed = List.copyOf(allowed);
            exceptions = Ordered.map(new java.util.TreeMap<>(exceptions));
        }

        /**
         * "延伸閱讀域名符合規範" restates the allow-list; so does "官方來源優先" on the line of an allow-list of
         * official domains: only official sources can be linked at all.
         */
        private static final Pattern ABOUT_DOMAINS = Pattern.compile(
                ".*(?:域名|(?i:domains?)|官方來源|官方文件|(?i:official sources)).*");

        @Override
        public boolean restatedBy(String checklistLine) {
            return ABOUT_DOMAINS.matcher(checklistLine).matches();
        }
    }

    public LinkDomainsRule() {
        super("section.link-domains", Severity.ERROR,
                "A section whose rubric line restricts links to an allow-list (\"允許域名：`react.dev`…\", \"`17` 章可額外"
                        + "使用 `vitest.dev`\") links only to those domains (a subdomain or a path below counts), plus "
                        + "the chapter's exceptions; a bare URL in the section's text counts as a link.", LinkDomains.class);
    }

    static Optional<Check> read(String text) {
        Map<Integer, List<String>> exceptions = new LinkedHashMap<>();
        Matcher exception = EXCEPTION.matcher(text);
        while (exception.find()) {
            exceptions.computeIfAbsent(Digits.value(exception.group(1)), k -> new ArrayList<>())
                    .addAll(backticked(exception.group(2)));
        }
        Matcher allowed = ALLOWED.matcher(text);
        if (allowed.find()) {
            return Optional.of(new LinkDomains(backticked(allowed.group(1)), exceptions));
        }
        return exceptions.isEmpty() ? Optional.empty() : Optional.of(new LinkDomains(List.of(), exceptions));
    }

    static List<String> backticked(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            found.add(m.group(1).trim().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    @Override
    String problem(SectionView section, LinkDomains check) {
        if (check.allowed().isEmpty()) {
            return null;
        }
        List<String> allowed = new ArrayList<>(check.allowed());
        OptionalInt chapter = ChapterBridgeRule.number(section.note().path());
        if (chapter.isPresent()) {
            allowed.addAll(check.exceptions().getOrDefault(chapter.getAsInt(), List.of()));
        }
        Set<String> outside = new LinkedHashSet<>();
        for (Link link : section.webLinks()) {
            Matcher url = URL.matcher(link.target().trim());
            if (url.find() && !allowed(url.group(1).toLowerCase(Locale.ROOT), url.group(2), allowed)) {
                outside.add(url.group(1).toLowerCase(Locale.ROOT) + " (line " + link.line() + ")");
            }
        }
        return outside.isEmpty() ? null : "links outside the allowed domains " + allowed + ": " + String.join(", ", outside);
    }

    /** Whether a web link goes to one of the domains (or below a domain with a path). */
    static boolean linksTo(String target, List<String> domains) {
        Matcher url = URL.matcher(target.trim());
        return url.find() && allowed(url.group(1).toLowerCase(Locale.ROOT), url.group(2), domains);
    }

    /** The host is an allowed domain or below one; a domain with a path ("github.com/org") needs the path too. */
    private static boolean allowed(String host, String path, List<String> allowed) {
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        for (String entry : allowed) {
            int slash = entry.indexOf('/');
            String domain = slash < 0 ? entry : entry.substring(0, slash);
            boolean hostMatches = bare.equals(domain) || bare.endsWith("." + domain);
            if (hostMatches && (slash < 0 || (path + "/").toLowerCase(Locale.ROOT).startsWith(entry.substring(slash) + "/")
                    || path.toLowerCase(Locale.ROOT).startsWith(entry.substring(slash) + "/"))) {
                return true;
            }
        }
        return false;
    }
}
