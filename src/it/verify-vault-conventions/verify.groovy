// A vault root with a property dictionary and an INDEX.md: one defect of each vault-wide kind, each reported
// exactly as in expected-console.txt; the template is left alone.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')
assert !log.contains('00_system/templates/knowledge.md')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.summary.errors == 5
assert report.summary.warnings == 2
assert report.summary.infos == 3
assert report.summary.indexCoverage.index == 'INDEX.md'
assert report.summary.indexCoverage.indexed == 7
assert report.summary.indexCoverage.total == 8
assert report.summary.indexCoverage.percent == 87.5
assert report.dictionary.file == 'Property Dictionary.md'
assert report.dictionary.notChecked.any { it.text.contains('review_hint') }
def ruleIds = report.findings*.ruleId as Set
assert ruleIds == ['frontmatter.conditional-field', 'naming.file-name', 'index.not-in-index', 'links.orphan',
                   'frontmatter.required-field', 'frontmatter.required-tags', 'frontmatter.allowed-value',
                   'naming.top-level-folder'] as Set
return true
