def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
assert report.findings*.file as Set == ['guide/02_edited.md', 'guide/03_new.md'] as Set
assert report.findings*.ruleId as Set == ['frontmatter.allowed-value'] as Set
assert report.summary.skipped == 3 // 01, the readme and the rubric did not change
assert log.contains("2 errors, 0 warnings, 0 infos in 5 files (3 chapters in 1 series); 3 unchanged files skipped")
assert !log.contains('01_old.md:')
assert new File(basedir, 'target/backend-notes/note-cache.bin').isFile() // kept for the next run's unchanged notes
return true
