def log = new File(basedir, 'build.log').getText('UTF-8')
[
    "[ERROR] .backend-notes.yml:3:3: error [config.unknown-rule] unknown rule id or category 'links.not-a-rule' under rules",
    "[ERROR] .backend-notes.yml:4:9: error [config.invalid-value] rule 'code' must be error, warning, info or off, not 'sometimes'",
    "[ERROR] .backend-notes.yml:5:1: error [config.unknown-key] unknown key 'exclude' (known: excludes, links, rules, series, snippets, vocabulary); did you mean 'excludes'?",
].each { assert log.contains(it) : "missing: " + it }
assert log.contains('BUILD FAILURE')
return true
