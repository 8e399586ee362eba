// verify checks in a JVM of its own when told to, or by default (fork=auto) on 2 MB of Markdown or more: the forked
// check prints what a check in Maven's JVM prints, writes the same reports and fails the build the same way; a forked
// JVM that cannot start errs the build with what it said; fork=false, fork=auto on a few notes, and fork=auto when
// Maven's JVM already runs with the fork's options, check in Maven's JVM.
def log = new File(basedir, 'build.log').getText('UTF-8')

def finding = ~/\[ERROR\] start\.md:3:\d+: error \[links\.broken\] [^\r\n]*gone\.md[^\r\n]*/
def findings = log.findAll(finding)
assert findings.size() == 3 : "the finding from the forked check, fork=false and fork=auto: ${findings}"
assert findings.toSet().size() == 1
def failures = log.findAll(~/\[ERROR\] Failed to execute goal [^\r\n]*verify[^\r\n]*: backend-notes: 1 error[^\r\n]*/)
assert failures.size() == 3 : failures
assert failures*.replaceAll(/out-(forked|here|auto-few)/, 'out').toSet().size() == 1
def annotations = log.findAll(~/(?m)^::error file=notes\/start\.md,line=3,col=\d+,title=links\.broken::[^\r\n]*/)
assert annotations.size() == 3 : "GitHub's annotation from the forked check, fork=false and fork=auto: ${annotations}"
assert annotations.toSet().size() == 1

assert log.contains('backend-notes: the forked JVM (-XX:+NoSuchOptionOfTheJvm) ended with exit code 1 before the'
        + ' check finished')
assert log.contains('Unrecognized VM option')
// fork=auto on more than 2 MB of Markdown forks, with the options given
assert log.contains('backend-notes: the forked JVM (-XX:+NoSuchOptionOfTheJvmForBigNotes) ended with exit code 1')
assert !new File(basedir, 'out-auto-big/report.json').exists()
assert log.contains("backend-notes.fork must be auto, true or false, not 'maybe'")
assert log.contains('-Dbackend-notes.fork=false checks in Maven\'s own JVM')

def forked = new groovy.json.JsonSlurper().parse(new File(basedir, 'out-forked/report.json'))
def here = new groovy.json.JsonSlurper().parse(new File(basedir, 'out-here/report.json'))
assert forked.findings == here.findings
assert forked.summary == here.summary
assert forked.findings*.ruleId == ['links.broken']
assert !new File(basedir, 'out-broken/report.json').exists()

// the HTML report's run parameters say where the check ran
def forkedPage = new File(basedir, 'out-forked/report.html').getText('UTF-8')
assert forkedPage.contains('<dt>fork</dt><dd><code>true: a forked JVM '
        + '(-XX:+UseParallelGC -XX:MaxNewSize=128m -XX:TieredStopAtLevel=1 -XX:-CompactStrings)</code></dd>')
def herePage = new File(basedir, 'out-here/report.html').getText('UTF-8')
assert herePage.contains('<dt>fork</dt><dd><code>false: Maven&#39;s JVM</code></dd>')
def fewPage = new File(basedir, 'out-auto-few/report.html').getText('UTF-8')
assert fewPage.contains('<dt>fork</dt><dd><code>auto: Maven&#39;s JVM</code></dd>')
def tunedPage = new File(basedir, 'out-auto-tuned/report.html').getText('UTF-8')
assert tunedPage.contains('<dt>fork</dt><dd><code>auto: Maven&#39;s JVM</code></dd>')
return true
