package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.field;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "英文名 / 中文名" for a title, and "topic kebab name" among the tags. */
class NamePairAndTopicTest {

    private static final ChapterContext CHAPTER = chapter(
            field("title", FieldType.STRING, "英文名 / 中文名", new ValueConstraint.NamePair(" / ")),
            field("tags", FieldType.LIST, "至少含 `garden`, topic kebab name",
                    new ValueConstraint.RequiredItems(List.of("garden"), List.of(), true)));

    @Test
    void theFormsReadTheDescriptions() {
        assertEquals(Optional.of(new ValueConstraint.NamePair(" / ")),
                NamePairRule.FORM.read("模式英文名 / 中文名", FieldType.STRING, List.of(), List.of()));
        assertEquals(Optional.of(new ValueConstraint.NamePair("/")),
                NamePairRule.FORM.read("English name/Chinese name", FieldType.STRING, List.of(), List.of()));
        assertEquals(Optional.empty(), NamePairRule.FORM.read("中文名", FieldType.STRING, List.of(), List.of()));
        List<String> unread = new java.util.ArrayList<>();
        assertEquals(Optional.of(new ValueConstraint.RequiredItems(List.of("backend"), List.of(), true)),
                RequiredItemsRule.FORM.read("至少含 `backend`, topic kebab name", FieldType.LIST, List.of(), unread));
        assertEquals(List.of(), unread);
    }

    @Test
    void aTitleIsAnEnglishNameThenAChineseName() {
        assertTrue(NamePairRule.isPair("CI/CD & Deployment / CI/CD 與部署", " / "));
        assertFalse(NamePairRule.isPair("部署 / Deployment", " / "));
        assertFalse(NamePairRule.isPair("01-baseline", " / "));
        assertEquals(List.of(new Finding("frontmatter.name-pair", Severity.ERROR, "s/01_a.md", 2, 8, "field 'title' is "
                + "'Rate Limiting', expected an English name and a Chinese name joined by ' / ' (rubric: 英文名 / 中文名)", "s")),
                run(new NamePairRule(), note("s/01_a.md", "---\ntitle: Rate Limiting\n---\n"), CHAPTER));
        assertEquals(List.of(), run(new NamePairRule(), note("s/01_a.md", "---\ntitle: \"Rate Limiting / 限流\"\n---\n"), CHAPTER));
    }

    @Test
    void aTopicTagSharesAWordWithTheFileNameOrIsItsInitials() {
        assertEquals(List.of("rate", "limiting"), RequiredItemsRule.fileWords("21_rate_limiting.md"));
        assertTrue(RequiredItemsRule.namesTopic("limiting", List.of("rate", "limiting")));
        assertTrue(RequiredItemsRule.namesTopic("iac", List.of("infrastructure", "as", "code")));
        assertFalse(RequiredItemsRule.namesTopic("garden", List.of("rate", "limiting")));
        assertEquals(List.of(), run(new RequiredItemsRule(), note("s/21_rate_limiting.md",
                "---\ntags: [garden, token-bucket, rate-limiting]\n---\n"), CHAPTER));
        List<Finding> findings = run(new RequiredItemsRule(), note("s/21_rate_limiting.md",
                "---\ntags: [garden, token_bucket, Rate-Limit]\n---\n"), CHAPTER);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("lacks a kebab-case topic tag from the file name (rate, limiting)"),
                findings.get(0).message());
    }
}
