def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception in') && !log.contains('StackOverflowError') && !log.contains('OutOfMemoryError')
[
    '[ERROR] binary.md:1:1: error [parse.binary]',
    '[ERROR] latin1.md:1:1: error [parse.encoding] file is not valid UTF-8 (first invalid byte at offset 3)',
    '[ERROR] alias_bomb.md:',
    '[WARNING] huge.md: warning [parse.too-large] file is 97.7 KB, above the limit of 64.0 KB',
    '[ERROR] escape.md:1:1: error [links.outside-root] link \'../../../../etc/passwd\' leads outside the notes root; it is not followed',
    '[ERROR] escape.md:1:35: error [links.outside-root] link \'file:///etc/passwd\' leads outside the notes root; it is not followed',
    '[WARNING] outside: warning [parse.symlink] symbolic link to a path outside the notes root is not followed',
].each { assert log.contains(it) : 'missing: ' + it }
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert !report.findings.any { it.file == 'good.md' }
assert !report.findings.any { it.message.contains('passwd') && it.ruleId != 'links.outside-root' }
return true
