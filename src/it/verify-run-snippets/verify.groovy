def log = new File(basedir, 'build.log').text
def f = 'programs/01_programs.md'
assert log.contains("${f}:25:20: error [code.compile-error] the Rust program does not compile: error[E0425]: cannot find value `totl` in this scope")
assert log.contains("${f}:36: error [code.output-mismatch] the Rust program prints other lines than its output block shows: line 1: expected '41', got '42'")
assert log.contains("${f}:42: error [code.timeout] the Rust program ran longer than 2 s and was stopped")
assert log.contains("${f}:52: info [code.not-run] the Rust program was not run: needs the crates tokio, which snippets.rust.dependencies does not declare")
// the matching program and the one with the declared local crate have no finding
assert !log.contains("${f}:7:") && !log.contains("${f}:61:")
// without a Go toolchain of the rubric's version the Go program is not run, and the run says so
assert log.contains("${f}:70: info [code.not-run] the Go program was not run:") || !log.contains("${f}:70:")
// the first run passes (failOnViolation=false), the second fails on the same findings, from the cache
assert log.contains('BUILD FAILURE')
assert log.count("${f}:36: error [code.output-mismatch]") == 2

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'))
def rubric = report.rubrics[0]
assert rubric.enforced.count { it.contains('(code.compile-error') } == 3
assert !rubric.notChecked.any { it.reason == 'needs code execution' }

// programs are built outside the notes tree; their folders are gone, their outcomes cached
def snippets = new File(basedir, 'target/backend-notes/snippets')
assert new File(snippets, 'cache').listFiles().size() >= 4
assert !new File(snippets, 'build').exists() || new File(snippets, 'build').listFiles().size() == 0
assert !new File(basedir, 'notes/target').exists()
return true
