package io.github.backendnotes.rules;

import io.github.backendnotes.rules.frontmatter.AllowedValueRule;
import io.github.backendnotes.rules.frontmatter.CategoryFolderRule;
import io.github.backendnotes.rules.frontmatter.ChapterNumberRule;
import io.github.backendnotes.rules.frontmatter.DateOrderRule;
import io.github.backendnotes.rules.frontmatter.FieldTypeRule;
import io.github.backendnotes.rules.frontmatter.FixedValueRule;
import io.github.backendnotes.rules.frontmatter.MissingFrontMatterRule;
import io.github.backendnotes.rules.frontmatter.NextReviewRule;
import io.github.backendnotes.rules.frontmatter.RequiredFieldRule;
import io.github.backendnotes.rules.frontmatter.RequiredItemsRule;
import io.github.backendnotes.rules.frontmatter.ValueFormatRule;
import io.github.backendnotes.rules.parse.ParseRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every rule the plugin has, in the order they are documented. */
public final class RuleCatalog {

    private static final List<NoteRule> NOTE_RULES = List.of(
            new MissingFrontMatterRule(),
            new RequiredFieldRule(),
            new FieldTypeRule(),
            new FixedValueRule(),
            new AllowedValueRule(),
            new ValueFormatRule(),
            new RequiredItemsRule(),
            new ChapterNumberRule(),
            new CategoryFolderRule(),
            new DateOrderRule(),
            new NextReviewRule());

    private RuleCatalog() {
    }

    public static List<NoteRule> noteRules() {
        return NOTE_RULES;
    }

    /** All rules, parse rules first. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(ParseRules.DESCRIPTORS);
        all.addAll(NOTE_RULES);
        return Collections.unmodifiableList(all);
    }
}
