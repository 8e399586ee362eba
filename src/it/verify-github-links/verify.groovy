// A tree read on GitHub (no .obsidian/ anywhere above it): Markdown links by path, exact in case, fragments as
// GitHub anchors; wiki links are text. Each broken link gives the console line in expected-console.txt.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.links.resolution == 'github'
def links = report.findings.findAll { it.ruleId.startsWith('links.') }
assert links.size() == expected.size() : links*.message
assert !report.findings.any { it.message.contains('[[install]]') } : 'a wiki link is text on GitHub'
return true
