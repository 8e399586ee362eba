package io.github.backendnotes.rules;

import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.model.ValueForm;

import io.github.backendnotes.rules.frontmatter.AllowedValueRule;
import io.github.backendnotes.rules.frontmatter.CategoryFolderRule;
import io.github.backendnotes.rules.frontmatter.ChapterNumberRule;
import io.github.backendnotes.rules.frontmatter.DateOrderRule;
import io.github.backendnotes.rules.frontmatter.FieldTypeRule;
import io.github.backendnotes.rules.frontmatter.FixedValueRule;
import io.github.backendnotes.rules.frontmatter.MissingFrontMatterRule;
import io.github.backendnotes.rules.frontmatter.NamePairRule;
import io.github.backendnotes.rules.frontmatter.NextReviewRule;
import io.github.backendnotes.rules.frontmatter.RequiredFieldRule;
import io.github.backendnotes.rules.frontmatter.RequiredItemsRule;
import io.github.backendnotes.rules.frontmatter.ValueFormatRule;
import io.github.backendnotes.rules.code.ClientBoundaryRule;
import io.github.backendnotes.rules.code.CodeContextRule;
import io.github.backendnotes.rules.code.CompileErrorRule;
import io.github.backendnotes.rules.code.NotRunRule;
import io.github.backendnotes.rules.code.OutputMismatchRule;
import io.github.backendnotes.rules.code.ProgramRule;
import io.github.backendnotes.rules.code.RuntimeErrorRule;
import io.github.backendnotes.rules.code.TimeoutRule;
import io.github.backendnotes.rules.code.ForbiddenSyntaxRule;
import io.github.backendnotes.rules.code.LanguageTagRule;
import io.github.backendnotes.rules.code.ManifestStandardRule;
import io.github.backendnotes.rules.code.OutputAnnotationRule;
import io.github.backendnotes.rules.code.ScriptAttributeRule;
import io.github.backendnotes.rules.code.ServerBoundaryRule;
import io.github.backendnotes.config.ConfigRules;
import io.github.backendnotes.rules.frontmatter.ConditionalFieldRule;
import io.github.backendnotes.rules.index.IndexCoverageRule;
import io.github.backendnotes.rules.links.OrphanRule;
import io.github.backendnotes.rules.naming.FileNameRule;
import io.github.backendnotes.rules.naming.TopLevelFolderRule;
import io.github.backendnotes.rules.rubric.OverridesDictionaryRule;
import io.github.backendnotes.rules.code.PlaceholderNameRule;
import io.github.backendnotes.rules.coverage.CrossReferenceRule;
import io.github.backendnotes.rules.coverage.FolderCountRule;
import io.github.backendnotes.rules.coverage.MissingFileRule;
import io.github.backendnotes.rules.coverage.SeriesTermsRule;
import io.github.backendnotes.rules.coverage.StaleStatusRule;
import io.github.backendnotes.rules.coverage.UncoveredChapterRule;
import io.github.backendnotes.rules.coverage.UnlinkedCrossReferenceRule;
import io.github.backendnotes.rules.index.BatchCoverageRule;
import io.github.backendnotes.rules.index.BatchSequenceRule;
import io.github.backendnotes.rules.index.ChapterListRule;
import io.github.backendnotes.rules.index.MinutesRule;
import io.github.backendnotes.rules.index.PriorityCoverageRule;
import io.github.backendnotes.rules.index.UnknownChapterRule;
import io.github.backendnotes.rules.links.BrokenAnchorRule;
import io.github.backendnotes.rules.links.BrokenLinkRule;
import io.github.backendnotes.rules.links.OutsideRootRule;
import io.github.backendnotes.parse.ParseRules;
import io.github.backendnotes.rules.rubric.NotInScopeRule;
import io.github.backendnotes.rules.rubric.ScopeFileMissingRule;
import io.github.backendnotes.rules.section.AnswerSentencesRule;
import io.github.backendnotes.rules.section.ChapterBridgeRule;
import io.github.backendnotes.rules.section.BilingualTermsRule;
import io.github.backendnotes.rules.section.CodeExamplesRule;
import io.github.backendnotes.rules.section.CodeFormRule;
import io.github.backendnotes.rules.section.CodeShapeRule;
import io.github.backendnotes.rules.section.ComparisonRowsRule;
import io.github.backendnotes.rules.section.DiagramParticipantsRule;
import io.github.backendnotes.rules.section.DiagramRule;
import io.github.backendnotes.rules.section.ItemCountRule;
import io.github.backendnotes.rules.section.MentionsRule;
import io.github.backendnotes.rules.section.LinkDomainsRule;
import io.github.backendnotes.rules.section.DependencyVersionsRule;
import io.github.backendnotes.rules.section.NamedExamplesRule;
import io.github.backendnotes.rules.section.NamedPartsRule;
import io.github.backendnotes.rules.section.OrderedListRule;
import io.github.backendnotes.rules.section.ParagraphCountRule;
import io.github.backendnotes.rules.section.OutputCommentRule;
import io.github.backendnotes.rules.section.RecommendedLinksRule;
import io.github.backendnotes.rules.section.RelativeLinkRule;
import io.github.backendnotes.rules.section.SentenceCountRule;
import io.github.backendnotes.rules.section.TypeDeclarationRule;
import io.github.backendnotes.rules.structure.ChapterKindRule;
import io.github.backendnotes.rules.structure.DuplicateHeadingRule;
import io.github.backendnotes.rules.structure.HeadingOrderRule;
import io.github.backendnotes.rules.structure.InferredHeadingRule;
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
            new NamePairRule(),
            new ChapterNumberRule(),
            new CategoryFolderRule(),
            new DateOrderRule(),
            new NextReviewRule(),
            new ConditionalFieldRule(),
            new FileNameRule(),
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
            // forms for the rubric lines read as a reader reads them
            new ParagraphCountRule(),
            new ChapterBridgeRule(),
            new NamedPartsRule(),
            new TypeDeclarationRule(),
            new LinkDomainsRule(),
            new AnswerSentencesRule(),
            new ForbiddenSyntaxRule(),
            new ScriptAttributeRule(),
            new ClientBoundaryRule(),
            new OutputAnnotationRule(),
            new CodeFormRule(),
            new CodeExamplesRule(),
            new BilingualTermsRule(),
            new RecommendedLinksRule(),
            new NamedExamplesRule(),
            new DependencyVersionsRule(),
            new ManifestStandardRule(),
            new DiagramParticipantsRule(),
            new ServerBoundaryRule(),
            new CodeContextRule(),
            new LanguageTagRule(),
            new PlaceholderNameRule());

    private static final List<VaultRule> VAULT_RULES = List.of(
            new InferredHeadingRule(),
            new BatchSequenceRule(),
            new BatchCoverageRule(),
            new PriorityCoverageRule(),
            new UnknownChapterRule(),
            new ChapterListRule(),
            new MinutesRule(),
            new MissingFileRule(),
            new FolderCountRule(),
            new UncoveredChapterRule(),
            new StaleStatusRule(),
            new CrossReferenceRule(),
            new UnlinkedCrossReferenceRule(),
            new SeriesTermsRule(),
            new ScopeFileMissingRule(),
            new NotInScopeRule(),
            new OverridesDictionaryRule(),
            new TopLevelFolderRule(),
            new IndexCoverageRule(),
            new OrphanRule(),
            new BrokenLinkRule(),
            new BrokenAnchorRule(),
            new OutsideRootRule());

    /** The rules on the chapters' programs once compiled and run (with runSnippets). */
    private static final List<ProgramRule> PROGRAM_RULES = List.of(
            new CompileErrorRule(),
            new RuntimeErrorRule(),
            new OutputMismatchRule(),
            new TimeoutRule(),
            new NotRunRule());

    /**
     * The rubric phrase forms of the section rules, in the order they are tried: the first form that reads a
     * clause makes its check, so where two forms read the same clause the narrower comes first ("至少 3 個面向的比較"
     * is comparison rows, not an item count). Whole-line forms look at the whole rubric line before any clause.
     */
    private static final List<ClauseForm> CLAUSE_FORMS = List.of(
            OutputCommentRule.FORM,
            DiagramRule.FORM,
            SentenceCountRule.FORM,
            ComparisonRowsRule.FORM,
            CodeExamplesRule.FORM,
            ItemCountRule.FORM,
            MentionsRule.FORM,
            OrderedListRule.FORM,
            RelativeLinkRule.FORM,
            CodeFormRule.FORM,
            BilingualTermsRule.FORM,
            NamedExamplesRule.FORM,
            DependencyVersionsRule.FORM,
            CodeShapeRule.FORM,
            // forms for the rubric lines read as a reader reads them
            ParagraphCountRule.FORM,
            ChapterBridgeRule.FORM,
            NamedPartsRule.FORM,
            TypeDeclarationRule.FORM,
            LinkDomainsRule.FORM,
            RecommendedLinksRule.FORM,
            AnswerSentencesRule.FORM,
            ForbiddenSyntaxRule.FORM,
            ScriptAttributeRule.FORM,
            ClientBoundaryRule.FORM,
            OutputAnnotationRule.FORM,
            SeriesTermsRule.FORM,
            DiagramParticipantsRule.FORM,
            ServerBoundaryRule.FORM,
            CodeContextRule.FORM,
            ManifestStandardRule.FORM);

    /** The phrase forms of the front-matter rules, in the order they are tried on a description. */
    private static final List<ValueForm> VALUE_FORMS = List.of(
            FixedValueRule.FORM,
            AllowedValueRule.FORM,
            ValueFormatRule.FORM,
            RequiredItemsRule.FORM,
            NamePairRule.FORM);

    private RuleCatalog() {
    }

    public static List<VaultRule> vaultRules() {
        return VAULT_RULES;
    }

    public static List<NoteRule> noteRules() {
        return NOTE_RULES;
    }

    public static List<ProgramRule> programRules() {
        return PROGRAM_RULES;
    }

    /** The clause forms the rubric and configuration parsers read section minimums with, in the order tried. */
    public static List<ClauseForm> clauseForms() {
        return CLAUSE_FORMS;
    }

    /** The forms the rubric parser reads the front-matter table's descriptions with, in the order tried. */
    public static List<ValueForm> valueForms() {
        return VALUE_FORMS;
    }

    /** All rules, parse rules first. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(ParseRules.DESCRIPTORS);
        all.addAll(ConfigRules.DESCRIPTORS);
        all.addAll(NOTE_RULES);
        all.addAll(VAULT_RULES);
        all.addAll(PROGRAM_RULES);
        return Collections.unmodifiableList(all);
    }
}
