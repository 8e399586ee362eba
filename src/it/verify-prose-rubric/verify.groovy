// A rubric that states its heading contract in prose: one defect of each kind the plugin reads from it.
// 01 (a suffixed heading) and 02 (the sections in another order: a prose contract gives no order) are clean.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.findings*.ruleId == ['structure.missing-heading', 'structure.inferred-heading', 'index.minutes']
assert report.findings.findAll { it.file in ['garden/01_soil.md', 'garden/02_seeds.md'] }.isEmpty()

def rubric = report.rubrics[0]
assert rubric.enforced.any { it.contains("heading 'Tools' inferred from the chapters (3 of 4 have it)") }
assert rubric.enforced.any { it.contains('in any order: Goal, Steps, Evidence, Further Reading; 1 more to infer') }
// checklist lines restating a minimum are enforced by it
assert rubric.enforced.any { it.contains("步驟數量符合 3-5。 (section.* of 'Steps')") }
assert rubric.enforced.any { it.contains("證據條目 >= 2 且可追溯。 (section.* of 'Evidence')") }
// each line not checked is an object with one reason of a fixed kind
assert rubric.notChecked.every { it.keySet() == ['line', 'text', 'reason'] as Set }
assert rubric.notChecked*.reason as Set == ['judgement', 'needs code execution', 'needs the network', 'not yet read'] as Set
assert rubric.notChecked.find { it.line == 26 }.text == 'Review Checklist: 可追溯 (of: 證據條目 >= 2 且可追溯。)'
return true
