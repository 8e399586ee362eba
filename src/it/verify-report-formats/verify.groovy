import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def out = new File(basedir, 'target/backend-notes')
def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(out, 'report.json'), 'UTF-8')
assert report.findings.size() == 3
def messages = report.findings*.message
// errors first, then warnings
assert report.findings*.severity == ['error', 'error', 'warning']

// two errors and a warning count against failOnSeverity=warning; one is allowed
assert log =~ /3 findings of severity warning or worse, 1 allowed/

// SARIF 2.1.0: the fields its schema requires, one result per finding, every rule described
def sarif = new JsonSlurper().parse(new File(out, 'report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.'$schema'.contains('sarif-2.1.0')
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'backend-notes-maven-plugin'
def ruleIds = run.tool.driver.rules*.id
assert ruleIds.containsAll(report.findings*.ruleId)
assert ruleIds.contains('links.orphan') && ruleIds.contains('parse.encoding')
assert run.results.size() == 3
run.results.each { r ->
    assert r.message.text in messages
    assert r.ruleId == ruleIds[r.ruleIndex]
    assert r.level in ['error', 'warning', 'note']
    assert r.locations[0].physicalLocation.artifactLocation.uri.startsWith('guide/')
}
assert run.results.find { it.ruleId == 'frontmatter.allowed-value' }.locations[0].physicalLocation.region.startLine == 2

// JUnit XML: well-formed, one failure per error finding
def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'TEST-backend-notes.xml'))
assert junit.documentElement.tagName == 'testsuite'
assert junit.getElementsByTagName('failure').length == 2

// Markdown and HTML carry the same findings
def markdown = new File(out, 'report.md').getText('UTF-8')
assert markdown.contains('#### guide/01\\_start.md') // underscores escaped for Markdown
assert markdown.indexOf('### Errors') < markdown.indexOf('### Warnings')
assert markdown.contains('frontmatter.next-review')
def html = new File(out, 'report.html').getText('UTF-8')
assert !(html =~ /(src|href)\s*=\s*["']https?:/)
report.findings.each { assert html.contains(it.ruleId) }
// when it was made, with what parameters, and links to the notes relative to the page
assert html =~ /generated <time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/
assert html.contains('<dt>failOnSeverity</dt><dd><code>warning</code></dd>')
assert html.contains('<dt>formats</dt><dd><code>json,sarif,junit,markdown,html</code></dd>')
assert html.contains('<a href="../../notes/guide/01_start.md">')

// GitHub annotations, printed where a workflow reads them
assert log.contains('::error file=notes/guide/01_start.md,line=2,col=9,title=frontmatter.allowed-value::')
assert log.contains('::warning file=notes/guide/01_start.md,line=5,col=1,title=frontmatter.next-review::')
return true
