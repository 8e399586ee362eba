def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'notes/backend-notes-baseline.json'), 'UTF-8')
assert baseline.findings*.ruleId as Set == ['frontmatter.allowed-value', 'links.broken'] as Set
assert baseline.findings.every { it.file == 'guide/01_start.md' && it.fingerprint ==~ /[0-9a-f]{32}/ }

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.summary.errors == 0
assert report.summary.suppressed == 2
assert report.findings.size() == 2 && report.findings.every { it.suppressed }
assert report.baseline.file == 'backend-notes-baseline.json'
assert report.baseline.fixed.isEmpty()
assert log.contains("guide/01_start.md:2:9: error [frontmatter.allowed-value] field 'status' is 'published', expected one of active, draft (rubric: `active` / `draft`) (suppressed)")
assert log.contains('0 errors, 0 warnings, 0 infos (2 suppressed) in 3 files (1 chapters in 1 series)')
return true
