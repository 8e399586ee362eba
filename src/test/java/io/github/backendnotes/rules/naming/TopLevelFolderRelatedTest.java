package io.github.backendnotes.rules.naming;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.rules.VaultFixture.related;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** naming.top-level-folder is reported on the dictionary and concerns the folder its layout lacks. */
class TopLevelFolderRelatedTest {

    @Test
    void aFolderOutsideTheLayoutIsWhatTheFindingConcerns() {
        assertEquals(List.of("Property Dictionary.md:0 naming.top-level-folder -> [attic]"),
                related(VaultFixture.of("knowledge/a.md", "# A\n", "attic/old.md", "# Old\n")
                        .dictionary(TestVaults.DICTIONARY).run(new TopLevelFolderRule())));
    }
}
