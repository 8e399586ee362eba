def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
def lines = report.findings.collect { "${it.file}:${it.line} ${it.severity} ${it.ruleId}${it.suppressed ? ' suppressed' : ''}".toString() }
assert lines == [
    'lessons/01_first.md:2 error frontmatter.allowed-value',     // configured field
    'lessons/01_first.md:5 error frontmatter.next-review',       // warning raised to error by the configuration
    'lessons/01_first.md:13 error section.ordered-list',         // configured kind: Steps must be numbered
    'lessons/01_first.md:19 error section.item-count suppressed', // the comment above the heading
    'lessons/02_second.md:7 error section.ordered-list suppressed',
    'lessons/02_second.md:7 error structure.missing-heading suppressed',
    'lessons/02_second.md:7 error structure.missing-heading suppressed',
    'lessons/02_second.md:1 info structure.chapter-kind suppressed', // the front-matter key, by category; infos last
] : lines.join('\n')
assert !report.findings.any { it.ruleId.startsWith('links.') } : 'links are off'
assert report.summary.suppressed == 5
assert report.summary.errors == 3
assert report.rubrics[0].enforced.any { it.contains(".backend-notes.yml: chapter kind 'Lesson', 3 headings, 2 section minimums") }
assert log.contains('BUILD FAILURE')
return true
