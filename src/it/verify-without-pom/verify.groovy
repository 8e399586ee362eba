def log = new File(basedir, 'build.log').text
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('0 errors, 0 warnings, 0 infos in 1 file (0 chapters in 0 series)')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'))
assert new File(report.notesDirectory).canonicalPath == basedir.canonicalPath
assert report.summary.files == 1
return true
