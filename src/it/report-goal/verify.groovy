import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Series networking: 3 of 3 chapters meet their rubric')
def dir = new File(basedir, 'target/backend-notes/coverage')
def coverage = new JsonSlurper().parse(new File(dir, 'coverage.json'), 'UTF-8')
def series = coverage.series[0]
assert series.name == 'networking'
assert series.readme == 'networking/readme.md'
assert series.total == 3 && series.compliant == 3
def first = series.chapters[0]
assert first.file == 'networking/basics/01_ip_addressing.md'
assert first.chapter == '01'
assert first.title == 'IP Addressing / IP 位址'
assert first.template == 'chapter'
assert first.batch == 1
assert first.priority == '必讀'
assert first.minutes == 30
assert first.matrixStatus == 'Done'
assert first.category == 'basics'
assert first.compliant && !first.missing
assert series.byBatch.'1' == [total: 2, compliant: 2]
assert series.byPriority.'推薦' == [total: 1, compliant: 1]
assert series.rubricCoverage.enforced == 22
assert new File(dir, 'coverage.md').getText('UTF-8').contains('networking')
def html = new File(dir, 'index.html').getText('UTF-8')
assert html.contains('01_ip_addressing')
assert !(html =~ /(src|href)\s*=\s*["']https?:/)
return true
