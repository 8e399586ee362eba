// A named configuration or baseline that is not there, or a report format that does not exist, fails the build at
// once with the path or the value: no finding, no report, nothing about the notes.
def log = new File(basedir, 'build.log').getText('UTF-8')
def notes = new File(basedir, 'notes').canonicalFile
assert log.contains("backend-notes: the configuration file ${new File(notes, 'ci/backend-notes.yaml')} (backend-notes.config) does not exist")
assert log.contains("backend-notes: the baseline ${new File(notes, 'ci/baseline.jsn')} (backend-notes.baseline) does not exist")
assert log.contains("backend-notes.formats: unknown report format 'pdf'")
assert !log.contains('start.md')
assert !log.contains('links.broken')
assert !log.contains(' errors, ')
assert !new File(basedir, 'target/backend-notes/report.json').exists()
return true
