package io.github.backendnotes.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaxFileSizeTest {

    @Test
    void sizesWithAndWithoutSuffix() throws MojoExecutionException {
        assertEquals(1234, AbstractNotesMojo.bytes("1234"));
        assertEquals(512, AbstractNotesMojo.bytes("512B"));
        assertEquals(512 * 1024, AbstractNotesMojo.bytes("512 kb"));
        assertEquals(10L * 1024 * 1024, AbstractNotesMojo.bytes("10MB"));
        assertEquals(10L * 1024 * 1024 * 1024, AbstractNotesMojo.bytes("10GB"));
    }

    @Test
    void aBadSizeSaysWhichFormsAreAccepted() {
        for (String bad : new String[] {"", "ten", "10TB", "-1MB", "0", "1.5GB", "99999999999GB"}) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> AbstractNotesMojo.bytes(bad));
            assertTrue(e.getMessage().contains("B, KB, MB or GB suffix") && e.getMessage().endsWith("not '" + bad + "'"),
                    e.getMessage());
        }
    }
}
