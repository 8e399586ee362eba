package io.github.backendnotes.rules.section;

import io.github.backendnotes.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MermaidNodesTest {

    @Test
    void squeezeKeepsLowerCaseLettersAndDigits() {
        assertEquals("rawtype", MermaidNodes.squeeze("Raw Type"));
        assertEquals("jobchannel2", MermaidNodes.squeeze("Job-Channel_2 （任務）"));
        assertEquals("", MermaidNodes.squeeze("（）"));
    }

    /** The character scan answers as the pattern it replaced, on random text. */
    @Test
    void squeezeAgreesWithThePattern() {
        Pattern notAlphanumeric = Pattern.compile("[^a-z0-9]");
        String[] tokens = {"A", "z", "Q", "9", " ", "_", "-", "中", "É", "İ", "\u212A", "ß", "\uD83D\uDE00", "(", "é"};
        for (String written : RandomTexts.of(22, 30_000, 10, tokens)) {
            assertEquals(notAlphanumeric.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(""),
                    MermaidNodes.squeeze(written), () -> "on '" + written + "'");
        }
    }

    @Test
    void readsClassesParticipantsStatesAndMembers() {
        MermaidNodes nodes = MermaidNodes.of(List.of("classDiagram\n  class Subject {\n    +attach()\n  }\n"
                + "  Subject <|-- ConcreteSubject\n", "sequenceDiagram\n  participant C as Client\n",
                "stateDiagram-v2\n  state \"Half Open\" as HalfOpen\n"));
        assertTrue(nodes.ids().containsAll(List.of("subject", "concretesubject", "c", "halfopen")));
        assertTrue(nodes.hasMember("attach"));
        assertEquals("c", nodes.nodeNamed("client"));
        assertTrue(nodes.implementationsOf("subject").contains("concretesubject"));
    }
}
