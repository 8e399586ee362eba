package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ServerBoundaryRule extends CodeStandardRule<ServerBoundaryRule.ServerBoundary> {

    private static final Pattern REQUIRED = Pattern.compile("server action.*需明確\\s*`\"use server\"`", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCRIPT = Set.of("ts", "tsx", "js", "jsx", "typescript", "javascript");
    /** A line that starts another file of the block: a comment naming a path ("// src/app/actions.ts"), or a directive. */
    private static final Pattern FILE_START = Pattern.compile(
            "^\\s*(?://\\s*\\S+\\.(?:tsx?|jsx?|mjs)\\s*$|['\"]use (?:client|server)['\"])");
    private static final Pattern USE_CLIENT = Pattern.compile("^\\s*['\"]use client['\"]", Pattern.MULTILINE);
    private static final Pattern USE_SERVER = Pattern.compile("^\\s*['\"]use server['\"]");
    /** What runs only in the browser: a file that has it is a client file, whatever its directive. */
    private static final Pattern INTERACTION = Pattern.compile(
            "\\buse(?:State|Effect|Reducer|Ref|LayoutEffect|Transition|Optimistic|ActionState|FormStatus|SyncExternalStore)\\s*[(<]"
                    + "|\\son[A-Z][A-Za-z]*=\\{");
    /** An async function taking a FormData: "async function save(formData: FormData)", "const save = async (d: FormData) =>". */
    private static final Pattern FORM_DATA_FUNCTION = Pattern.compile(
            "async\\s+function\\s*([\\w$]*)\\s*\\(([^)]*:\\s*FormData\\b[^)]*)\\)[^{]*\\{"
                    + "|(?:const|let)\\s+([\\w$]+)\\s*=\\s*async\\s*\\(([^)]*:\\s*FormData\\b[^)]*)\\)[^=]*=>\\s*\\{");
    /** A function handed to a form: action={save} or formAction={save}; an inline async one. */
    private static final Pattern ACTION_PROP = Pattern.compile("\\b(?:action|formAction)=\\{\\s*([\\w$]+)\\s*\\}");
    private static final Pattern INLINE_ACTION = Pattern.compile("\\b(?:action|formAction)=\\{\\s*async\\s*\\([^)]*\\)\\s*=>\\s*\\{");

    /** Reads "若涉及 server action，需明確 `"use server"` 邊界" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> REQUIRED.matcher(text).find()
            ? Optional.of(new ServerBoundary()) : Optional.empty());

    /** A server action declares "use server", in its file or in its body. */
    public record ServerBoundary() implements SectionRequirement.CodeCheck {
    }

    public ServerBoundaryRule() {
        super("code.server-boundary", Severity.ERROR,
                "A server action in a ts, tsx, js or jsx code block declares its \"use server\" boundary, where the "
                        + "rubric asks for it: at the top of its file or as the first statement of its body. A block is "
                        + "read as the files it holds (a comment naming a path, or a \"use client\"/\"use server\" line, "
                        + "starts another); in a file that is not a client file (no \"use client\", no React state or "
                        + "effect hook, no event handler prop) a server action is an async function taking a FormData "
                        + "parameter, an async function of the file passed to action={…} or formAction={…}, or an async "
                        + "function written inline there.",
                ServerBoundary.class);
    }

    @Override
    String problem(Block.CodeBlock code, String language, ServerBoundary check) {
        if (!SCRIPT.contains(language)) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String file : files(code.literal())) {
            if (!USE_CLIENT.matcher(file).find() && !INTERACTION.matcher(file).find() && !fileDeclares(file)) {
                missing.addAll(actionsWithoutDirective(file));
            }
        }
        return missing.isEmpty() ? null : language + " code has a server action without a \"use server\" directive ("
                + String.join(", ", missing) + ")";
    }

    /** The block cut where another file starts. */
    static List<String> files(String literal) {
        List<String> files = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : literal.split("\n", -1)) {
            if (FILE_START.matcher(line).find() && !current.toString().isBlank()) {
                files.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        files.add(current.toString());
        return files;
    }

    /** The server actions of a server file that say "use server" nowhere: not at its top, not in their body. */
    private static List<String> actionsWithoutDirective(String file) {
        List<String> missing = new ArrayList<>();
        Matcher formData = FORM_DATA_FUNCTION.matcher(file);
        while (formData.find()) {
            String name = formData.group(1) != null ? formData.group(1) : formData.group(3);
            if (!bodyDeclares(file, formData.end())) {
                missing.add((name == null || name.isEmpty() ? "an async function" : name + "()") + " takes FormData");
            }
        }
        Matcher passed = ACTION_PROP.matcher(file);
        while (passed.find()) {
            String name = passed.group(1);
            Matcher declared = Pattern.compile("async\\s+function\\s+" + Pattern.quote(name) + "\\s*\\([^)]*\\)[^{]*\\{"
                    + "|(?:const|let)\\s+" + Pattern.quote(name) + "\\s*=\\s*async\\s*\\([^)]*\\)[^=]*=>\\s*\\{").matcher(file);
            if (declared.find() && !bodyDeclares(file, declared.end())
                    && missing.stream().noneMatch(m -> m.startsWith(name + "()"))) {
                missing.add(name + "() is passed to a form action");
            }
        }
        Matcher inline = INLINE_ACTION.matcher(file);
        while (inline.find()) {
            if (!bodyDeclares(file, inline.end())) {
                missing.add("an inline async form action");
            }
        }
        return missing;
    }

    /** Whether the file's first statement, after its path comment, is "use server". */
    private static boolean fileDeclares(String file) {
        for (String line : file.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                return USE_SERVER.matcher(trimmed).find();
            }
        }
        return false;
    }

    /** Whether the body opening at {@code start} (just after its brace) begins with "use server". */
    private static boolean bodyDeclares(String file, int start) {
        return USE_SERVER.matcher(file.substring(start).stripLeading()).find();
    }
}
