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
// the baselined findings are counted, not printed; verbose lists them apart, not as errors
def verifyRun = log.substring(log.indexOf('backend-notes-maven-plugin:0.1.0-SNAPSHOT:verify'))
def quiet = verifyRun.substring(0, verifyRun.indexOf('BUILD SUCCESS'))
assert !quiet.contains('guide/01_start.md:')
assert quiet.contains('0 errors, 0 warnings, 0 infos (2 suppressed) in 3 files (1 chapter in 1 series); the suppressed (baseline, inline comments) are not printed (-Dbackend-notes.verbose=true lists them)')
assert log.contains("[INFO] guide/01_start.md:2:9: error [frontmatter.allowed-value] field 'status' is 'published', expected one of active, draft (rubric: `active` / `draft`) (suppressed)")
def named = new groovy.json.JsonSlurper().parse(new File(basedir, 'notes/ci/accepted.json'), 'UTF-8')
assert named.findings*.ruleId as Set == ['frontmatter.allowed-value', 'links.broken'] as Set
return true
