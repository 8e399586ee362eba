package io.github.backendnotes.engine;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cross-file finding names its related files: every note its message names, by the test changedSince applied to
 * messages ({@link MessageNames#namesFile}), is its file or one of its related files. A message that names
 * a note by a name other notes share (a bare {@code 00_overview.md}) names them all by that test; the finding
 * concerns the one its related list gives, so the others are accounted for by that same mention.
 */
class RelatedFilesTest {

    /** A vault on which every cross-file rule has something to say. */
    static VaultFixture everyCrossFileRule() {
        return VaultFixture.of(
                "INDEX.md", "# Index\n\n- [pond](knowledge/pond/README.md)\n- [frogs](knowledge/pond/01_frogs.md)\n",
                "attic/old.md", TestVaults.knowledge("attic", "# Old\n"),
                "knowledge/links.md", TestVaults.knowledge("links", """
                        # Links

                        - [missing](missing.md)
                        - [case](pond/01_Frogs.md)
                        - [anchor](pond/02_lilies.md#nope)
                        - [outside](../../elsewhere.md)
                        - [sub](pond/deep/gone.md)
                        """),
                "knowledge/pond/README.md", """
                        # Pond

                        ## Batch Learning Route (3 batches)

                        - Batch 1: `01`, `02`
                        - Batch 2: `02`, `04`, `07`

                        ## Reading Priority

                        - Must-read (`必讀`): `01`, `02`
                        - Optional (`選讀`): `03`, `03`

                        ## Estimated Time

                        - Must-read chapters: 90 min each.

                        ## Chapters

                        - [01_frogs](01_frogs.md) - 必讀 - 60 min
                        - [Lilies](02_lilies.md) - 選讀
                        - [01_frogs](./01_frogs.md) - 必讀
                        """,
                "knowledge/pond/quality_rubric.md", """
                        # Pond rubric

                        ## Frontmatter Requirements

                        | field | type | description |
                        |---|---|---|
                        | `status` | string | `draft` / `active` / `retired` |

                        ## Scope

                        - `01_frogs.md`
                        - `02_lilies.md`
                        - `03_carp.md`
                        - `04_reeds.md`
                        - `09_gone.md`

                        ## Chapter-level Minimums

                        - 章節合約：必須含 2 個固定標題。
                        - `Goal`：至少 1 條。

                        ## Pond-specific Requirements

                        - frogs 章節需覆蓋：`croak`。
                        - setup 章節需覆蓋：`ripple`。
                        """,
                "knowledge/pond/01_frogs.md", "# Frogs\n\nSee [lilies](02_lilies.md).\n\n## Setup\n",
                "knowledge/pond/02_lilies.md", "# Lilies\n\n## Setup\n",
                "knowledge/pond/03_carp.md", "# Carp\n\n## Setup\n",
                "knowledge/pond/04_reeds.md", "# Reeds\n",
                "knowledge/pond/05_extra.md", "# Extra\n",
                "knowledge/pond/deep/alpha.md", "# Alpha\n",
                "knowledge/pond/deep/beta.md", "# Beta\n",
                "knowledge/pond/coverage_matrix.md", """
                        # Coverage

                        | Capability Area | Required Topic | Coverage Files | Status |
                        |---|---|---|---|
                        | Frogs | Frogs | `01_frogs.md` | Done |
                        | Lilies | Lilies | `02_lilies.md`, `06_gone.md` | Done |
                        | Deep | Deep | `deep/` (3 files) | Done |
                        | Carp | Carp | `03_carp.md` | Pending |

                        ## Cross-references

                        - `03_carp.md` <-> `02_lilies.md`
                        - `01_frogs.md` <-> `08_missing.md`
                        """)
                .dictionary(TestVaults.DICTIONARY);
    }

    @Test
    void everyNoteAMessageNamesIsItsFileOrRelated() {
        VaultFixture vault = everyCrossFileRule();
        List<Finding> findings = vault.run(RuleCatalog.vaultRules());
        Set<String> fired = new TreeSet<>();
        findings.forEach(f -> fired.add(f.ruleId()));
        Set<String> all = new TreeSet<>();
        RuleCatalog.vaultRules().stream().map(VaultRule::id).forEach(all::add);
        assertEquals(all, fired, "the vault exercises every cross-file rule");
        assertEquals(List.of(), unaccounted(findings, vault.notePaths()));
    }

    @Test
    void aNameTwoNotesShareIsAccountedForByTheOneRelated() {
        Finding finding = new Finding("rubric.not-in-scope", io.github.backendnotes.model.Severity.WARNING,
                "a/quality_rubric.md", 3, 1, "numbered file '00_overview.md' of the series is not in the Scope list",
                "a", false, List.of("a/00_overview.md"));
        assertEquals(List.of(), unaccounted(List.of(finding), Set.of("a/00_overview.md", "b/00_overview.md")));
        Finding unrelated = new Finding(finding.ruleId(), finding.severity(), finding.file(), 3, 1, finding.message(),
                "a", false, List.of());
        assertEquals(List.of("a/quality_rubric.md:3 names a/00_overview.md", "a/quality_rubric.md:3 names b/00_overview.md"),
                unaccounted(List.of(unrelated), Set.of("a/00_overview.md", "b/00_overview.md")));
    }

    @Test
    void aMessageNamesAFileByAPartOfItsPathThatStandsAlone() {
        assertTrue(MessageNames.namesFile("x.md and b/x.md", "a/x.md"));
        assertTrue(MessageNames.namesFile("see ./a/x.md.", "c/a/x.md"));
        assertTrue(MessageNames.namesFile("'../x.md'", "b/x.md"));
        assertFalse(MessageNames.namesFile("'a/x.md'", "b/x.md"));
        assertFalse(MessageNames.namesFile("old_x.md", "x.md"));
        assertFalse(MessageNames.namesFile("x.md5", "x.md"));
        assertTrue(MessageNames.mentionEnds("x.md and b/x.md", "b/x.md").contains(15));
        assertFalse(MessageNames.mentionEnds("x.md and b/x.md", "a/x.md").contains(15));
    }

    /**
     * "file:line names path" for each note a finding's message names that the finding does not concern, where no
     * file it concerns is named by the same mention.
     */
    static List<String> unaccounted(List<Finding> findings, Set<String> notePaths) {
        List<String> problems = new ArrayList<>();
        for (Finding finding : findings) {
            Set<String> concerned = new HashSet<>(finding.related());
            concerned.add(finding.file());
            for (String path : new TreeSet<>(notePaths)) {
                if (!MessageNames.namesFile(finding.message(), path) || concerned.contains(path)) {
                    continue;
                }
                Set<Integer> accounted = new HashSet<>();
                concerned.forEach(other -> accounted.addAll(MessageNames.mentionEnds(finding.message(), other)));
                if (!accounted.containsAll(MessageNames.mentionEnds(finding.message(), path))) {
                    problems.add(finding.file() + ":" + finding.line() + " names " + path);
                }
            }
        }
        return problems;
    }
}
