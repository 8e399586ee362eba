package io.github.backendnotes.model;

import java.util.Locale;
import java.util.Optional;

/** The value types a front-matter table can name. */
public enum FieldType {
    STRING("a string"), LIST("a list"), DATE("a date YYYY-MM-DD"), INT("an integer"), BOOLEAN("true or false");

    private final String expectation;

    FieldType(String expectation) {
        this.expectation = expectation;
    }

    /** How the type reads in a message: "must be {expectation}". */
    public String expectation() {
        return expectation;
    }

    public static Optional<FieldType> fromRubric(String word) {
        return switch (word.trim().replace("`", "").toLowerCase(Locale.ROOT)) {
            case "string", "str", "text", "字串" -> Optional.of(STRING);
            case "list", "array", "list<string>", "列表", "清單" -> Optional.of(LIST);
            case "date", "日期" -> Optional.of(DATE);
            case "int", "integer", "number", "整數" -> Optional.of(INT);
            case "bool", "boolean" -> Optional.of(BOOLEAN);
            default -> Optional.empty();
        };
    }
}
