package io.github.backendnotes.report;

import io.github.backendnotes.TestVaults;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.model.SeriesCompliance.Chapter;
import io.github.backendnotes.model.SeriesCompliance.Tally;
import io.github.backendnotes.model.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.backendnotes.TestVaults.write;

/** Coverage results for the coverage report tests: hand-made, and one vault the engine runs on. */
final class ComplianceFixtures {

    static final String TITLE = "Check <out> & \"pay\"";
    static final Finding CHECKOUT_ERROR = new Finding("structure.missing-heading", Severity.ERROR,
            "shop/02_checkout.md", 6, 1, "missing heading 'Fix' <after> & \"Symptom\"", "shop");
    static final Finding CHECKOUT_WARNING = new Finding("section.item-count", Severity.WARNING,
            "shop/02_checkout.md", 0, 0, "too few items | see `a|b`", "shop");

    private ComplianceFixtures() {
    }

    /**
     * Series "shop": 01 compliant (batch 1, 必讀), 02 with an error and a warning (batch 2, 選讀, tricky title), 04
     * missing; one rubric line not checked, one matrix disagreement. Series "ops": one compliant chapter only an id
     * names, nothing else.
     */
    static RunResult handMade() {
        SeriesCompliance shop = new SeriesCompliance("shop", "shop", "shop/README.md", 3, 1, List.of(
                new Chapter("shop/01_cart.md", "01", "Cart", "Teaching Chapter", 1, "必讀", 60, "Done", "basics",
                        0, 0, true, false, List.of()),
                new Chapter("shop/02_checkout.md", "02", TITLE, "Troubleshooting Guide", 2, "選讀", null,
                        "Pending", null, 1, 1, false, false, List.of(CHECKOUT_ERROR, CHECKOUT_WARNING)),
                new Chapter("shop/04_refunds.md", "04", null, null, 2, "選讀", 20, "Done", null, 0, 0, false, true,
                        List.of())),
                map("1", new Tally(1, 1), "2", new Tally(2, 0)),
                map("必讀", new Tally(1, 1), "選讀", new Tally(2, 0)),
                map("basics", new Tally(1, 1), "none", new Tally(2, 0)),
                4, List.of(new Rubric.RubricLine(21, "Writing Style: explain <why> & how")),
                List.of("line 8: row 'Refunds' is 'Done' but '04_refunds.md' does not exist"));
        SeriesCompliance ops = new SeriesCompliance("ops", "ops", "ops/README.md", 3, 1, List.of(
                new Chapter(null, "07", null, null, null, null, null, null, null, 0, 0, false, true, List.of()),
                new Chapter("ops/01_a|b.md", "01", null, "chapter", null, null, null, null, null, 0, 2, true, false,
                        List.of()),
                new Chapter("ops/02_c.md", "02", null, "chapter", null, null, null, null, null, 0, 0, true, false,
                        List.of())),
                map("none", new Tally(3, 1)), map("none", new Tally(3, 1)), map("none", new Tally(3, 1)),
                0, List.of(), List.of());
        return new RunResult(Path.of("notes"), 5, List.of(), List.of(CHECKOUT_ERROR, CHECKOUT_WARNING), null,
                null, null, 0, List.of(shop, ops));
    }

    private static Map<String, Tally> map(Object... keysAndTallies) {
        Map<String, Tally> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTallies.length; i += 2) {
            map.put((String) keysAndTallies[i], (Tally) keysAndTallies[i + 1]);
        }
        return map;
    }

    /**
     * Series "shop" in {@code root}: a rubric with a front-matter table, two chapter kinds and two lines it cannot
     * check; a README with batches, priorities and a chapter list naming a missing 04; a coverage matrix saying the
     * missing 04 is done. 01 is compliant, 02 misses a heading, 03 misses its front matter.
     */
    static void shopVault(Path root) {
        write(root, "shop/quality_rubric.md", """
                # Shop rubric

                ## Frontmatter Requirements

                | 欄位 | 型別 | 說明 |
                |---|---|---|
                | `title` | string | |

                ## Chapter-level Minimums — Teaching Chapter

                1. `Intent`
                2. `Example`

                ## Chapter-level Minimums — Troubleshooting Guide

                1. `Symptom`
                2. `Fix`

                ## Writing Style

                - Explain trade-offs in plain words.
                - Prefer small examples & real numbers.
                """);
        write(root, "shop/README.md", """
                # Shop

                ## Batch Learning Route (2 batches)

                - Batch 1: `01`, `02`
                - Batch 2: `03`, `04`

                ## Reading Priority

                - Must-read (`必讀`): `01`, `03`
                - Optional (`選讀`): `02`, `04`

                ## Chapters

                - [01_cart](01_cart.md) - 必讀 - 60 min
                - [02_checkout](02_checkout.md) - 選讀 - 30 min
                - [03_tax](03_tax.md) - 必讀
                - [04_refunds](04_refunds.md) - 選讀 - 20 min
                """);
        write(root, "shop/01_cart.md", "---\ntitle: Cart\ncategory: basics\n---\n# Cart\n\n## Intent\n\n## Example\n");
        write(root, "shop/02_checkout.md", "---\ntitle: Checkout\ncategory: payments\n---\n# Checkout\n\n## Symptom\n");
        write(root, "shop/03_tax.md", "# Tax\n\n## Symptom\n\n## Fix\n");
        write(root, "shop/coverage_matrix.md", """
                # Coverage

                | Capability Area | Required Topic | Coverage Files | Status |
                |---|---|---|---|
                | Cart | Basics | `01_cart.md` | Done |
                | Pay | Checkout | `02_checkout.md` | Pending |
                | Tax | Tax | `03_tax.md` | Planned |
                | Refunds | Refunds | `04_refunds.md` | Done |
                """);
    }

    /** Parses a page as XML: the coverage page is meant to be well-formed. */
    static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<Node> nodes(Object context, String xpath) throws Exception {
        NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            nodes.add(list.item(i));
        }
        return nodes;
    }

    /** The text content of each node the expression selects, whitespace runs collapsed and trimmed. */
    static List<String> texts(Object context, String xpath) throws Exception {
        return nodes(context, xpath).stream().map(n -> n.getTextContent().replaceAll("\\s+", " ").trim()).toList();
    }
}
