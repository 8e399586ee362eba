package io.github.backendnotes.check;

import io.github.backendnotes.model.Rule;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.links.BrokenAnchorRule;
import io.github.backendnotes.rules.links.BrokenLinkRule;
import io.github.backendnotes.rules.links.OrphanRule;
import io.github.backendnotes.rules.index.MinutesRule;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SeverityPolicyTest {

    private static final Rule BROKEN = new BrokenLinkRule();        // links, error
    private static final Rule ANCHOR = new BrokenAnchorRule();      // links, error
    private static final Rule ORPHAN = new OrphanRule();            // links, info
    private static final Rule MINUTES = new MinutesRule();          // index, warning

    @Test
    void defaultsAreTheRulesOwnSeverities() {
        assertEquals(Optional.of(Severity.ERROR), SeverityPolicy.DEFAULTS.severityOf(BROKEN));
        assertEquals(Optional.of(Severity.INFO), SeverityPolicy.DEFAULTS.severityOf(ORPHAN));
        assertEquals(Optional.of(Severity.WARNING), SeverityPolicy.DEFAULTS.severityOf(MINUTES));
    }

    @Test
    void categoryAppliesToEveryRuleOfItAndNoOther() {
        SeverityPolicy policy = new SeverityPolicy(Map.of("links", Optional.of(Severity.WARNING)));
        assertEquals(Optional.of(Severity.WARNING), policy.severityOf(BROKEN));
        assertEquals(Optional.of(Severity.WARNING), policy.severityOf(ORPHAN));
        assertEquals(Optional.of(Severity.WARNING), policy.severityOf(MINUTES)); // its default, untouched
    }

    @Test
    void ruleIdBeatsItsCategoryEitherWay() {
        SeverityPolicy raised = new SeverityPolicy(Map.of("links", Optional.empty(),
                "links.broken", Optional.of(Severity.INFO)));
        assertEquals(Optional.of(Severity.INFO), raised.severityOf(BROKEN));
        assertEquals(Optional.empty(), raised.severityOf(ANCHOR));

        SeverityPolicy silenced = new SeverityPolicy(Map.of("links", Optional.of(Severity.ERROR),
                "links.orphan", Optional.empty()));
        assertEquals(Optional.empty(), silenced.severityOf(ORPHAN));
        assertEquals(Optional.of(Severity.ERROR), silenced.severityOf(BROKEN));
    }

    @Test
    void offSilencesByIdAndByCategory() {
        assertEquals(Optional.empty(), new SeverityPolicy(Map.of("index.minutes", Optional.empty())).severityOf(MINUTES));
        assertEquals(Optional.empty(), new SeverityPolicy(Map.of("index", Optional.empty())).severityOf(MINUTES));
        assertEquals(Optional.of(Severity.ERROR), new SeverityPolicy(Map.of("index", Optional.empty())).severityOf(BROKEN));
    }

    @Test
    void overlayKeepsTheBaseAndOverridesOnTop() {
        SeverityPolicy base = new SeverityPolicy(Map.of("links.broken", Optional.of(Severity.WARNING),
                "index", Optional.of(Severity.INFO)));
        SeverityPolicy overlaid = base.overlay(Map.of("index", Optional.empty(), "links.orphan", Optional.of(Severity.ERROR)));
        assertEquals(Optional.of(Severity.WARNING), overlaid.severityOf(BROKEN));   // kept from the base
        assertEquals(Optional.empty(), overlaid.severityOf(MINUTES));               // replaced by the overlay
        assertEquals(Optional.of(Severity.ERROR), overlaid.severityOf(ORPHAN));     // added by the overlay
        assertEquals(Optional.of(Severity.ERROR), overlaid.severityOf(ANCHOR));     // still its default
        // the base itself is unchanged
        assertEquals(Optional.of(Severity.INFO), base.severityOf(MINUTES));
        assertEquals(Optional.of(Severity.INFO), base.severityOf(ORPHAN));
    }

    @Test
    void overlayByCategoryDoesNotBeatABaseRuleId() {
        SeverityPolicy base = new SeverityPolicy(Map.of("links.broken", Optional.of(Severity.INFO)));
        SeverityPolicy overlaid = base.overlay(Map.of("links", Optional.empty()));
        assertEquals(Optional.of(Severity.INFO), overlaid.severityOf(BROKEN));
        assertEquals(Optional.empty(), overlaid.severityOf(ANCHOR));
    }

    @Test
    void emptyOverlayIsTheSamePolicy() {
        SeverityPolicy base = new SeverityPolicy(Map.of("links", Optional.empty()));
        assertSame(base, base.overlay(Map.of()));
    }
}
