// One defect of each backend-style rubric line read by a form: the title pair, the topic tag, one of two code
// forms, a count of examples in a language, an output annotation on a program, and a cross-reference that is no
// path, a term named in English only, crate versions below the rubric's, an example without a description, no
// recommended link; the cross-reference to a file a Pending row plans is no finding. Chapter 01 meets every line.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-console.txt').readLines('UTF-8').findAll { it.trim() }
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
def errors = report.findings.findAll { it.severity == 'error' }
assert errors.size() == expected.size() - 2 : errors.collect { it.file + ':' + it.line + ' ' + it.ruleId }
assert errors.findAll { it.file == 'garden/01_raised_beds.md' }.isEmpty()
assert !report.findings.any { it.message.contains('03_rain_barrels.md') && it.ruleId == 'coverage.cross-reference-missing' }
def rubric = report.rubrics[0]
// every line is read: the step-wise clause beside the numbered list, the checklist by what it counts, the
// cross-references by the matrix rules; only "完整可編譯可執行" needs code execution
assert report.findings.findAll { it.severity == 'warning' }.collect { it.ruleId } == ['section.bilingual-terms', 'section.recommended-links']
assert rubric.notChecked.collect { [it.text, it.reason] } == [['Program: 完整可編譯可執行', 'needs code execution']]
assert rubric.enforced.any { it.startsWith('line 59: Review Checklist: Cross-references 連結相關現有筆記。 (coverage.') }
assert rubric.enforced.any { it == "line 58: Review Checklist: Examples 有可貼用 Rust 範例。 (section.* of 'Examples')" }
return true
