package io.github.backendnotes.rules.frontmatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Without a property dictionary (and without a root INDEX.md) none of the vault-wide conventions apply. */
class NoDictionaryTest {

    @TempDir
    Path root;

    @Test
    void noConventionRuleFires() throws IOException {
        write(root, "Loose Folder/Bad Name.md", "# No front matter\n");
        write(root, "inbox/2026_01_02_daily.md", "---\nnote_type: daily\n---\n# Daily without source\n");
        write(root, "knowledge/unlinked.md", "---\nnote_type: recipe\ntags: []\n---\n# Nobody links here\n");
        writeBytes(root, "images/pic.png", new byte[] {1, 2, 3});
        write(root, "Property Dictionary.txt", "not the dictionary\n");
        var result = verify(root);
        assertEquals(List.of(), full(result.findings()));
        assertNull(result.dictionary());
        assertNull(result.indexCoverage());
    }
}
