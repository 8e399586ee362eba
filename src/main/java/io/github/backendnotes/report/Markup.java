package io.github.backendnotes.report;

/** Escaping shared by the XML and HTML reports. */
final class Markup {

    private Markup() {
    }

    /**
     * Escapes text for XML 1.0 and HTML, in element content and in quoted attribute values alike: {@code & < > " '}
     * become references; tab, newline and carriage return become character references (so that attribute values
     * keep them and parsers do not normalise them away); characters XML 1.0 cannot carry at all (other C0 controls,
     * U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        // the characters that stay as they are are copied a run at a time, not one by one
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && (c < 0xD800 || c > 0xDFFF && c < 0xFFFE) && c != '&' && c != '<' && c != '>' && c != '"'
                    && c != '\'') {
                continue;
            }
            out.append(text, plain, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
            plain = i + 1;
        }
        out.append(text, plain, text.length());
        return out.toString();
    }
}
