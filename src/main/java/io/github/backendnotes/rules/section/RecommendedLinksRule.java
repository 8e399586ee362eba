package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class RecommendedLinksRule extends SectionRule<RecommendedLinksRule.RecommendedDomains> {

    private static final Pattern RECOMMENDED = Pattern.compile(
            "^(?:推薦|推荐|建議使用|建议使用|recommended(?: sources)?)\\s*[：:]?\\s*((?:`[^`]+`[\\s、,，和與及]*(?:and\\s+)?)+)[。.]?$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "推薦 `zustand.docs.pmnd.rs`、`nextjs.org`": one clause naming recommended domains, nothing else. */
    public static final ClauseForm FORM = clause -> {
        Matcher m = RECOMMENDED.matcher(clause.trim());
        return m.matches() ? Optional.of(new RecommendedDomains(LinkDomainsRule.backticked(m.group(1)))) : Optional.empty();
    };

    /** The section links to at least one of these domains; others are allowed. */
    public record RecommendedDomains(List<String> domains) implements Check {
        public RecommendedDomains {
            domains = List.copyOf(domains);
        }
    }

    public RecommendedLinksRule() {
        super("section.recommended-links", Severity.WARNING,
                "A section whose rubric recommends domains (\"推薦 `a.dev`、`b.org`\") links to at least one of them "
                        + "(a subdomain, or a path below a domain with a path, counts; a bare URL counts); links elsewhere are allowed.",
                RecommendedDomains.class);
    }

    @Override
    String problem(SectionView section, RecommendedDomains check) {
        boolean any = section.webLinks().stream().anyMatch(link -> LinkDomainsRule.linksTo(link.target(), check.domains()));
        return any ? null : "links to none of the recommended domains " + check.domains();
    }
}
