// Every broken chapter gives exactly the console line listed in expected-console.txt; the clean ones none.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.summary.errors == 16
assert report.summary.warnings == 2
assert report.summary.infos == 1
assert report.findings.size() == expected.size() - 1 // the last line is the summary
assert report.findings.findAll { it.file in ['ops/01_clean_tutorial.md', 'ops/11_restart.md'] }.isEmpty()
def ruleIds = report.findings*.ruleId as Set
['structure.missing-heading', 'structure.heading-order', 'structure.duplicate-heading', 'structure.chapter-kind',
 'section.item-count', 'section.sentence-count', 'section.diagram', 'section.ordered-list', 'section.code-shape',
 'section.output-comment', 'section.comparison-rows', 'section.mentions', 'section.relative-link',
 'section.diagram-participants',
 'code.language-tag', 'code.placeholder-name'].each { assert it in ruleIds : "no finding of " + it }
def rubric = report.rubrics[0]
assert rubric.enforced.any { it.contains('Chapter-level Minimums — Runbook: 3 required headings, in order') }
assert rubric.notChecked.collect { it.line + ': ' + it.text + ' [' + it.reason + ']' } == ['18: Intent / 意圖: 說明主題 [not yet read]']
return true
