// verify checks in a JVM of its own by default: the forked check prints what a check in Maven's JVM prints, writes
// the same reports and fails the build the same way; a forked JVM that cannot start errs the build with what it
// said, and fork=false checks in Maven's JVM, where the fork's options do not apply.
def log = new File(basedir, 'build.log').getText('UTF-8')

def finding = ~/\[ERROR\] start\.md:3:\d+: error \[links\.broken\] [^\r\n]*gone\.md[^\r\n]*/
def findings = log.findAll(finding)
assert findings.size() == 2 : "the finding, once from the forked check and once from Maven's JVM: ${findings}"
assert findings[0] == findings[1]
def failures = log.findAll(~/\[ERROR\] Failed to execute goal [^\r\n]*verify[^\r\n]*: backend-notes: 1 error[^\r\n]*/)
assert failures.size() == 2 : failures
assert failures[0].replace('out-forked', 'out') == failures[1].replace('out-here', 'out')

assert log.contains('backend-notes: the forked JVM (-XX:+NoSuchOptionOfTheJvm) ended with exit code 1 before the check finished')
assert log.contains('Unrecognized VM option')
assert log.contains('-Dbackend-notes.fork=false checks in Maven\'s own JVM')

def forked = new groovy.json.JsonSlurper().parse(new File(basedir, 'out-forked/report.json'))
def here = new groovy.json.JsonSlurper().parse(new File(basedir, 'out-here/report.json'))
assert forked.findings == here.findings
assert forked.summary == here.summary
assert forked.findings*.ruleId == ['links.broken']
assert !new File(basedir, 'out-broken/report.json').exists()

// the HTML report's run parameters say where the check ran
def forkedPage = new File(basedir, 'out-forked/report.html').getText('UTF-8')
assert forkedPage.contains('<dt>fork</dt><dd><code>true (-XX:+UseSerialGC -XX:TieredStopAtLevel=1)</code></dd>')
def herePage = new File(basedir, 'out-here/report.html').getText('UTF-8')
assert herePage.contains('<dt>fork</dt><dd><code>false (Maven&#39;s JVM)</code></dd>')
return true
