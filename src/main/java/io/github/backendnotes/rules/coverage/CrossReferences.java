package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;

import java.util.ArrayList;
import java.util.List;

final class CrossReferences {

    private CrossReferences() {
    }

    static List<String> paths(CoverageMatrix.CrossReference reference) {
        List<String> paths = new ArrayList<>(reference.left());
        paths.addAll(reference.right());
        return paths;
    }
}
