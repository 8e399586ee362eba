def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('0 errors, 0 warnings, 0 infos in 7 files (3 chapters in 1 series)')
// the date and int rows' descriptions only name their type, which the type check covers: not listed again
assert log.contains('Series networking: 3 chapters, rubric networking/quality_rubric.md: 22 of 23 lines enforced, 1 not checked (listed in report.json, or with -Dbackend-notes.verbose=true)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'))
assert report.tool.name == 'backend-notes-maven-plugin'
assert report.summary.files == 7
assert report.summary.chapters == 3
assert report.summary.errors == 0
assert report.findings.isEmpty()
assert report.rubrics*.series == ['networking']
assert report.rubrics[0].file == 'networking/quality_rubric.md'
assert report.rubrics[0].enforced.size() == 22
// "topic kebab name" asks for a kebab-case tag from the file name: read, and every chapter has one
assert report.rubrics[0].enforced.any { it.contains('<a kebab-case topic from the file name>') }
assert report.rubrics[0].notChecked*.text == ['Intent / 意圖: 說明本章解決什麼問題']

// the default formats do not include html: the earlier run's report.html is gone, the requested ones are there
def out = new File(basedir, 'target/backend-notes')
assert !new File(out, 'report.html').exists()
assert ['report.json', 'report.sarif', 'TEST-backend-notes.xml', 'report.md'].every { new File(out, it).isFile() }
return true
