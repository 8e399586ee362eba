package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ClientBoundaryRule extends CodeStandardRule<ClientBoundaryRule.ClientBoundary> {

    private static final Pattern REQUIRED = Pattern.compile("client interaction.*需明確\\s*`\"use client\"`", Pattern.CASE_INSENSITIVE);
    /** React state and effect hooks, and event handler props: what runs only in the browser. */
    private static final Pattern INTERACTION = Pattern.compile(
            "\\b(use(?:State|Effect|Reducer|Ref|LayoutEffect|Transition|Optimistic|ActionState|SyncExternalStore))\\s*[(<]"
                    + "|\\s(on[A-Z][A-Za-z]*)=\\{");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*['\"]use client['\"]", Pattern.MULTILINE);
    private static final Set<String> COMPONENT_CODE = Set.of("tsx", "jsx");

    /** Reads "若涉及 client interaction，需明確 `"use client"` 邊界" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> REQUIRED.matcher(text).find()
            ? Optional.of(new ClientBoundary()) : Optional.empty());

    /** A component block with client interaction declares "use client". */
    public record ClientBoundary() implements SectionRequirement.CodeCheck {
    }

    public ClientBoundaryRule() {
        super("code.client-boundary", Severity.ERROR,
                "A tsx or jsx code block with client interaction declares its \"use client\" boundary, where the rubric "
                        + "asks for it; interaction is a React state or effect hook call (useState, useEffect, useReducer, "
                        + "useRef, useTransition, useOptimistic, useActionState, …) or an event handler prop (onClick={…}).",
                ClientBoundary.class);
    }

    @Override
    String problem(Block.CodeBlock code, String language, ClientBoundary check) {
        if (!COMPONENT_CODE.contains(language) || DIRECTIVE.matcher(code.literal()).find()) {
            return null;
        }
        Matcher interaction = INTERACTION.matcher(code.literal());
        if (!interaction.find()) {
            return null;
        }
        String what = interaction.group(1) != null ? interaction.group(1) + "()" : interaction.group(2) + "={…}";
        return language + " code with client interaction (" + what + ") has no \"use client\" directive";
    }
}
