package io.github.backendnotes.fix;

import io.github.backendnotes.model.Finding;

/**
 * Fixes the findings of one rule. A fixer plans an edit only where the rubric, the dictionary and the tree make
 * the result certain, at the source lines the model of the file points at; anything else it leaves as a finding.
 */
interface Fixer {

    /** The rule whose findings it fixes. */
    String ruleId();

    /**
     * Plans the edit that removes the finding.
     *
     * @return false when the result is not certain (the finding stays)
     */
    boolean fix(Finding finding, FixTarget target, LineEdits edits);
}
