package io.github.backendnotes.report;

/**
 * The skeleton the HTML reports share: one self-contained page with inline CSS and script, nothing loaded from the
 * network (its Content-Security-Policy forbids it), readable at phone width. Void elements are closed XHTML-style and
 * the script sits in a commented CDATA section, so that a page whose body is well-formed is also well-formed XML.
 */
final class HtmlPage {

    /** Page, heading, table and code styles common to every report. */
    static final String BASE_CSS = """
            *{box-sizing:border-box}
            [hidden]{display:none!important}
            body{margin:0;padding:1rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
            color:#1f2328;background:#fff}
            h1{font-size:1.3rem;margin:0 0 .5rem}
            .summary{margin:0 0 1rem;color:#57606a}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de}
            th{background:#f6f8fa}
            td{overflow-wrap:anywhere}
            .sev{font-weight:600;white-space:nowrap}
            .sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
            .tag{font-size:.75rem;font-weight:normal;border:1px solid #d0d7de;border-radius:1rem;padding:0 .4rem;\
            margin-left:.3rem}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
            """;

    private HtmlPage() {
    }

    /** Appends everything up to and including {@code <body>}: {@link #BASE_CSS}, then {@code css}. */
    static StringBuilder open(StringBuilder html, String title, String css) {
        return html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\"/>\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n")
                .append(BASE_CSS).append(css).append("</style>\n</head>\n<body>\n");
    }

    /** Appends the script and closes the page. The script must not contain {@code ]]>}. */
    static StringBuilder close(StringBuilder html, String script) {
        if (script.contains("]]>")) {
            throw new IllegalArgumentException("script contains ]]>");
        }
        return html.append("<script>\n//<![CDATA[\n").append(script).append("//]]>\n</script>\n</body>\n</html>\n");
    }
}
