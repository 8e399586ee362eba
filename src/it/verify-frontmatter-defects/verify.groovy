def log = new File(basedir, 'build.log').text
def expected = [
    "[ERROR] inbox/broken.md:2:15: error [parse.front-matter] front matter is not valid YAML: mapping values are not allowed here (a value containing ': ' must be quoted)",
    "[ERROR] inbox/unclosed.md:1:1: error [parse.front-matter-unclosed] front matter opened by '---' on line 1 is never closed by a '---' line",
    "[ERROR] recipes/grilling/02_vegetables.md:3:9: error [frontmatter.fixed-value] field 'domain' is 'kitchen', expected 'cooking' (rubric: fixed to `cooking`)",
    "[ERROR] recipes/grilling/02_vegetables.md:4:11: error [frontmatter.category-folder] field 'category' is 'baking' but the chapter is in folder 'grilling'",
    "[ERROR] recipes/grilling/02_vegetables.md:5:1: error [frontmatter.required-tags] field 'tags' lacks 'baking' (from category) (rubric: at least `recipe`, category)",
    "[ERROR] recipes/grilling/02_vegetables.md:6:10: error [frontmatter.field-type] field 'created' is '2026-02-30', which is not a calendar date",
    "[ERROR] recipes/grilling/02_vegetables.md:8:10: error [frontmatter.field-type] field 'chapter' must be a string, found integer '2' (quote it: \"2\")",
    "[ERROR] recipes/grilling/02_vegetables.md:9:10: error [frontmatter.field-type] field 'minutes' must be an integer, found string '20'",
    "[ERROR] 8 errors, 0 warnings, 0 infos in 6 files (2 chapters in 1 series)",
]
expected.each { line -> assert log.contains(line) : "missing console line: " + line }
assert log.contains('BUILD FAILURE')
assert log =~ /backend-notes: 8 errors, 0 warnings, 0 infos in 6 files \(2 chapters in 1 series\); 8 findings of severity error or worse, 0 allowed; see .*report\.md/

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'))
assert report.summary.errors == 8
assert report.summary.files == 6
assert report.summary.chapters == 2
def fixed = report.findings.find { it.ruleId == 'frontmatter.fixed-value' }
assert fixed.file == 'recipes/grilling/02_vegetables.md'
assert fixed.line == 3
assert fixed.column == 9
assert fixed.severity == 'error'
assert fixed.series == 'recipes'
assert report.findings.findAll { it.file == 'recipes/baking/01_bread.md' }.isEmpty()
assert report.findings.find { it.file == 'inbox/broken.md' }.series == null
return true
