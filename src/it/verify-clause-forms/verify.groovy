// One defect of each clause form read as a reader reads it: each gives exactly the console line expected; the
// clean chapters (01, 05) none.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.findings.size() == expected.size() - 1 // the last line is the summary
assert report.findings.findAll { it.file in ['lessons/01_start.md', 'lessons/05_finish.md'] }.isEmpty()
def rubric = report.rubrics[0]
assert rubric.enforced.any { it.contains('read as ForbiddenSyntax[language=svelte, tokens=[export let, on:click]]') }
// "官方來源優先" beside the allow-list is covered by it: only the allowed domains can be linked at all
assert rubric.notChecked.isEmpty()
assert rubric.enforced.any { it.startsWith('line 21: Reading: 官方來源優先。允許域名：') }
assert rubric.enforced.any { it.contains("as code (literal): `createStore`; as words: 'per-request store'") }
return true
