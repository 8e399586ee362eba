package io.github.backendnotes.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The skeleton the HTML reports share: one self-contained page with inline CSS and script, nothing loaded from the
 * network (its Content-Security-Policy forbids it), readable at phone width. Void elements are closed XHTML-style and
 * the script sits in a commented CDATA section, so that a page whose body is well-formed is also well-formed XML.
 * Tables marked {@code data-sortable} sort by the column whose header button is clicked ({@link #SORT_SCRIPT}).
 */
final class HtmlPage {

    /** Page, heading, table and code styles common to every report. */
    static final String BASE_CSS = """
            *{box-sizing:border-box}
            [hidden]{display:none!important}
            body{margin:0;padding:1rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK TC",\
            "Noto Sans CJK SC","PingFang TC","PingFang SC","Microsoft JhengHei","Microsoft YaHei",sans-serif;\
            color:#1f2328;background:#fff}
            h1,h2,h3,th{overflow-wrap:break-word;word-break:normal;hyphens:manual}
            h1{font-size:1.3rem;margin:0 0 .5rem}
            .summary{margin:0 0 1rem;color:#57606a}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de}
            th{background:#f6f8fa}
            td{overflow-wrap:break-word}
            th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit;\
            text-align:left}
            th[aria-sort=ascending] button::after{content:" \\25B2"}
            th[aria-sort=descending] button::after{content:" \\25BC"}
            .run{margin:0 0 1rem;color:#57606a}
            .run dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
            .run dt{font-weight:600}
            .run dd{margin:0;overflow-wrap:anywhere}
            .sev{font-weight:600;white-space:nowrap}
            .sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
            .tag{font-size:.75rem;font-weight:normal;border:1px solid #d0d7de;border-radius:1rem;padding:0 .4rem;\
            margin-left:.3rem}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
            """;

    /**
     * Sorts a {@code data-sortable} table's body rows that have a {@code data-order} by the clicked header's column:
     * by each cell's {@code data-value}, or its text when it has none, numerically for {@code data-sort="number"}; a second click reverses. Empty values go last either way, ties keep
     * the rows' {@code data-order}.
     */
    static final String SORT_SCRIPT = """
            (function () {
              function value(cell) {
                return cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
              }
              var tables = document.querySelectorAll('table[data-sortable]');
              Array.prototype.forEach.call(tables, function (table) {
                var headers = Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'));
                var body = table.tBodies[0];
                headers.forEach(function (th) {
                  th.querySelector('button').addEventListener('click', function () {
                    var column = th.cellIndex;
                    var numeric = th.getAttribute('data-sort') === 'number';
                    var ascending = th.getAttribute('aria-sort') !== 'ascending';
                    headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
                    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                    var rows = Array.prototype.slice.call(body.rows).filter(function (row) {
                      return row.hasAttribute('data-order');
                    });
                    rows.sort(function (a, b) {
                      var x = value(a.cells[column]);
                      var y = value(b.cells[column]);
                      var order;
                      if (x === '' || y === '') {
                        order = (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
                      } else {
                        order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                        if (!ascending) { order = -order; }
                      }
                      return order !== 0 ? order
                          : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
                    });
                    rows.forEach(function (row) { body.appendChild(row); });
                  });
                });
              });
            })();
            """;

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HtmlPage() {
    }

    /** Everything up to and including {@code <body>}: {@link #BASE_CSS}, then {@code css}. */
    static String head(String title, String css) {
        return new StringBuilder().append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\"/>\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n")
                .append(BASE_CSS).append(css).append("</style>\n</head>\n<body>\n").toString();
    }

    /** {@code <time datetime="2026-01-02T03:04:05Z">2026-01-02 03:04:05 UTC</time>}: when a page was generated. */
    static String time(Instant generated) {
        Instant shown = generated.truncatedTo(ChronoUnit.SECONDS);
        return "<time datetime=\"" + shown + "\">" + shownTime(shown) + "</time>";
    }

    /** {@code 2026-01-02 03:04:05 UTC}. */
    static String shownTime(Instant generated) {
        return SHOWN_TIME.format(generated.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A path as escaped text that may wrap after each {@code /} ({@code <wbr/>}) rather than anywhere. */
    static String path(String path) {
        return Markup.escape(path).replace("/", "/<wbr/>");
    }

    /** A sortable column's header: a button in a {@code th} with its sort type, {@code text} or {@code number}. */
    static String sortHeader(String label, String type, String sort) {
        return "<th data-sort=\"" + type + "\" aria-sort=\"" + sort + "\"" + (type.equals("number") ? " class=\"num\"" : "")
                + "><button type=\"button\">" + label + "</button></th>";
    }

    /** The script and the end of the page. The script must not contain {@code ]]>}. */
    static String tail(String script) {
        if (script.contains("]]>")) {
            throw new IllegalArgumentException("script contains ]]>");
        }
        return "<script>\n//<![CDATA[\n" + script + "//]]>\n</script>\n</body>\n</html>\n";
    }
}
