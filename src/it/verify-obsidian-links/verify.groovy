// An Obsidian vault (.obsidian/ at its root): links resolve by Obsidian's rules, pseudo-links are not links,
// and each kind of broken link gives the console line listed in expected-console.txt, and nothing else.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.links.resolution == 'obsidian'
assert report.links.reason.contains('.obsidian/ at the notes root')
def links = report.findings.findAll { it.ruleId.startsWith('links.') }
assert links.size() == expected.size() : links*.message
['page name', 'double bracket', 'Draft idea', 'several', 'nowhere.md', 'a, b'].each { text ->
    assert !report.findings.any { it.message.contains(text) } : "not a link: " + text
}
return true
