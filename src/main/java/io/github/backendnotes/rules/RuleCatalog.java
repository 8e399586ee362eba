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
import io.github.backendnotes.rules.code.LanguageTagRule;
import io.github.backendnotes.rules.code.PlaceholderNameRule;
import io.github.backendnotes.rules.parse.ParseRules;
import io.github.backendnotes.rules.section.CodeShapeRule;
import io.github.backendnotes.rules.section.ComparisonRowsRule;
import io.github.backendnotes.rules.section.DiagramRule;
import io.github.backendnotes.rules.section.ItemCountRule;
import io.github.backendnotes.rules.section.MentionsRule;
import io.github.backendnotes.rules.section.OrderedListRule;
import io.github.backendnotes.rules.section.OutputCommentRule;
import io.github.backendnotes.rules.section.RelativeLinkRule;
import io.github.backendnotes.rules.section.SentenceCountRule;
import io.github.backendnotes.rules.structure.ChapterKindRule;
import io.github.backendnotes.rules.structure.DuplicateHeadingRule;
import io.github.backendnotes.rules.structure.HeadingOrderRule;
import io.github.backendnotes.rules.structure.MissingHeadingRule;

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
            new NextReviewRule(),
            new ChapterKindRule(),
            new MissingHeadingRule(),
            new HeadingOrderRule(),
            new DuplicateHeadingRule(),
            new ItemCountRule(),
            new SentenceCountRule(),
            new DiagramRule(),
            new OrderedListRule(),
            new CodeShapeRule(),
            new OutputCommentRule(),
            new ComparisonRowsRule(),
            new MentionsRule(),
            new RelativeLinkRule(),
            new LanguageTagRule(),
            new PlaceholderNameRule());

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
