package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

public final class TypeDeclarationRule extends SectionRule<TypeDeclarationRule.TypeDeclaration> {

    private static final Pattern PHRASE = Pattern.compile("typescript\\s*(?:type|型別)|狀態型別|必要型別", Pattern.CASE_INSENSITIVE);
    /** A declaration at the start of a line: "type X =", "type X<T> =", "interface X", optionally exported. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^\\s*(?:export\\s+)?(?:type\\s+[A-Za-z_$][\\w$]*\\s*(?:<[^=\\n]*>)?\\s*=|interface\\s+[A-Za-z_$][\\w$]*)");
    /**
     * A type written where it is used, which plain JavaScript has not: a generic argument that is an object type
     * ("create<{ todos: Todo[] }>"), an annotation with a built-in type ("(): boolean", "id: string"), a typed
     * variable ("const metadata: Metadata"), a typed destructured parameter ("({ children }: { … })"), or a
     * type import.
     */
    private static final Pattern TYPE_IN_USE = Pattern.compile(
            "<\\s*\\{|[\\w)\\]?]\\s*:\\s*(?:string|number|boolean|void|unknown|never|bigint)\\b(?!\\s*\\()"
                    + "|\\b(?:const|let|var)\\s+[\\w$]+\\s*:\\s*[A-Za-z{\\[]|}\\s*:\\s*(?:\\{|[A-Z])|\\bimport\\s+type\\b");
    /** Code that holds TypeScript: a .svelte or .vue block holds it in its script. */
    private static final Set<String> TYPESCRIPT = Set.of("ts", "tsx", "typescript", "mts", "cts", "svelte", "vue");

    /** Reads "需含必要 TypeScript type" and "含狀態型別". */
    public static final ClauseForm FORM = clause -> PHRASE.matcher(clause).find()
            ? Optional.of(new TypeDeclaration()) : Optional.empty();

    /** A TypeScript type or interface declared in the section's code. */
    public record TypeDeclaration() implements Check {
    }

    public TypeDeclarationRule() {
        super("section.typescript-type", Severity.ERROR,
                "A section the rubric asks to include a TypeScript type (\"需含必要 TypeScript type\", \"含狀態型別\") "
                        + "has one in a ts, tsx or svelte code block: a declaration (\"type X =\", \"interface X\"), an "
                        + "annotation with a built-in type (\"(): boolean\") or an object type argument (\"create<{ … }>\").", TypeDeclaration.class);
    }

    @Override
    String problem(SectionView section, TypeDeclaration check) {
        for (Block.CodeBlock code : section.codeBlocks()) {
            if (TYPESCRIPT.contains(code.language().toLowerCase(Locale.ROOT)) && (DECLARATION.matcher(code.literal()).find()
                    || TYPE_IN_USE.matcher(code.literal()).find())) {
                return null;
            }
        }
        return "has no TypeScript type (no type X = …, interface X, typed annotation or object type argument in a "
                + "ts/tsx code block)";
    }
}
