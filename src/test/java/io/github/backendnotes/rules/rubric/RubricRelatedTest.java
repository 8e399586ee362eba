package io.github.backendnotes.rules.rubric;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.rules.VaultFixture.related;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The files the rubric.* findings concern besides the rubric they are on. */
class RubricRelatedTest {

    @Test
    void aScopeFindingConcernsTheChapterFileWhereItIsOrWouldBe() {
        VaultFixture db = VaultFixture.of(
                "db/README.md", "# DB\n",
                "db/quality_rubric.md", "## Scope\n\n- `01_tables.md`\n- `sub/09_gone.md`\n",
                "db/01_tables.md", "# Tables\n",
                "db/migrations/02_init.md", "# Init\n");
        assertEquals(List.of("db/quality_rubric.md:4 rubric.scope-file-missing -> [db/sub/09_gone.md]"),
                related(db.run(new ScopeFileMissingRule())));
        assertEquals(List.of("db/quality_rubric.md:4 rubric.not-in-scope -> [db/migrations/02_init.md]"),
                related(db.run(new NotInScopeRule())));
    }

    @Test
    void anOverrideConcernsThePropertyDictionary() {
        VaultFixture course = VaultFixture.of(
                "knowledge/course/README.md", "# Course\n",
                "knowledge/course/quality_rubric.md", """
                        ## Frontmatter Requirements

                        | field | type | description |
                        |---|---|---|
                        | `status` | string | `draft` / `active` / `retired` |
                        """)
                .dictionary(TestVaults.DICTIONARY);
        assertEquals(List.of("knowledge/course/quality_rubric.md:5 rubric.overrides-dictionary -> [Property Dictionary.md]"),
                related(course.run(new OverridesDictionaryRule())));
    }
}
