package io.github.backendnotes.rules.code;

/**
 * Finds a program's entry point ({@code fn main(}, {@code func main(}, {@code static void main(}, {@code fun main(},
 * {@code int main(}) in a code block. A scan from each "main" the text holds, found with {@code indexOf}: a
 * pattern led by a word boundary tries every position of every block, and on chapters whose code is most of their
 * text that was a quarter of a run.
 */
final class EntryPoints {

    private static final String MAIN = "main";

    private EntryPoints() {
    }

    /** True where "main" follows one of the keywords (and whitespace) and is followed by "(" after optional whitespace. */
    static boolean has(String code) {
        for (int at = code.indexOf(MAIN); at >= 0; at = code.indexOf(MAIN, at + 1)) {
            if (openParenthesisAfter(code, at + MAIN.length()) && keywordBefore(code, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean openParenthesisAfter(String code, int from) {
        int i = from;
        while (i < code.length() && isSpace(code.charAt(i))) {
            i++;
        }
        return i < code.length() && code.charAt(i) == '(';
    }

    private static boolean keywordBefore(String code, int mainAt) {
        int wordEnd = skipSpacesBack(code, mainAt);
        if (wordEnd == mainAt) {
            return false;
        }
        if (wordPreceded(code, wordEnd, "fn") || wordPreceded(code, wordEnd, "func")
                || wordPreceded(code, wordEnd, "fun") || wordPreceded(code, wordEnd, "int")) {
            return true;
        }
        if (wordEnd < 4 || !code.startsWith("void", wordEnd - 4)) {
            return false;
        }
        int staticEnd = skipSpacesBack(code, wordEnd - 4);
        return staticEnd < wordEnd - 4 && wordPreceded(code, staticEnd, "static");
    }

    /** The index after the run of whitespace that ends at {@code end} (exclusive), going backwards. */
    private static int skipSpacesBack(String code, int end) {
        int i = end;
        while (i > 0 && isSpace(code.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** True when {@code word} ends at {@code end} and starts at a word boundary. */
    private static boolean wordPreceded(String code, int end, String word) {
        int start = end - word.length();
        if (start < 0 || !code.startsWith(word, start)) {
            return false;
        }
        return start == 0 || !isWordChar(code.codePointBefore(start));
    }

    /** {@code \s} of java.util.regex. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A word character as java.util.regex's {@code \b} sees it. */
    private static boolean isWordChar(int codePoint) {
        return codePoint == '_' || Character.isLetterOrDigit(codePoint);
    }
}
