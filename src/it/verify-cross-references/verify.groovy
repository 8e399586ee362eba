// Each disagreement between the README, the matrix, the rubric and the files gives the console line listed in
// expected-console.txt, and nothing else is reported.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.findings.size() == expected.size() - 1 // the last line is the summary
assert !report.findings.any { it.message.contains('nowhere.md') || it.message.contains('no-wiki-link') } : 'code is not links'
assert !report.findings.any { it.message.contains('06_rake_care') } : 'a planned row may name a file to come'
def ruleIds = report.findings*.ruleId as Set
['index.batch-sequence', 'index.batch-coverage', 'index.priority-coverage', 'index.unknown-chapter',
 'index.chapter-list', 'index.minutes', 'coverage.missing-file', 'coverage.folder-count',
 'coverage.uncovered-chapter', 'coverage.stale-status', 'coverage.cross-reference-missing',
 'coverage.cross-reference-unlinked', 'rubric.scope-file-missing', 'rubric.not-in-scope',
 'links.broken', 'links.broken-anchor', 'links.outside-root'].each { assert it in ruleIds : "no finding of " + it }
return true
