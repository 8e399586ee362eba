def log = new File(basedir, 'build.log').getText('UTF-8')
def text = { path -> new File(basedir, 'notes/garden/' + path).getText('UTF-8') }

// the dry run printed the first pass as a unified diff, and said what it would fix
def dry = log.substring(0, log.indexOf('fixed garden/'))
assert dry.contains('would fix garden/water/01_irrigation.md:')
assert dry.contains('--- a/garden/water/01_irrigation.md\n+++ b/garden/water/01_irrigation.md\n')
assert dry.contains("-note_type: 'draft'   # to be set\n+note_type: 'knowledge'   # to be set\n")
assert dry.contains('backend-notes: would fix 8 findings')

// the fix: every finding of these kinds, in two passes (03 is a chapter once it is in the Scope)
assert log.contains('backend-notes: fixed 11 findings {code.language-tag=1, coverage.folder-count=1, '
        + 'frontmatter.category-folder=1, frontmatter.chapter-number=1, frontmatter.fixed-value=1, '
        + 'frontmatter.next-review=1, frontmatter.required-field=1, frontmatter.required-tags=2, '
        + 'index.chapter-list=1, rubric.not-in-scope=1}')
assert text('water/01_irrigation.md').startsWith('''---
# the kind of note is fixed by the rubric
title: 'Irrigation: drip and soak'
note_type: 'knowledge'   # to be set
category: water
tags: [garden, water]
chapter: "01"
updated: 2026-03-01
review_interval_days: 14
next_review: 2026-03-15
---
''')
assert text('water/01_irrigation.md').contains('```mermaid\nflowchart LR\n')
assert text('soil/02_compost.md').contains('category: soil\ntags:\n  - "compost"   # topic\n  - "soil"\n  - "garden"\nchapter: "02"\n')
assert text('water/03_drainage.md').startsWith('---\ntitle: Drainage\nnote_type: knowledge\ncategory: water\ntags: [garden, water]\nchapter: "03"\n')
assert text('quality_rubric.md').contains('- `soil/02_compost.md`\n- `water/03_drainage.md`\n\n## Frontmatter')
assert text('coverage_matrix.md').contains('`water/` (2 files)')
assert text('readme.md').contains('- [02_compost](soil/02_compost.md) - 可跳讀 - 20 min')

// the second fix changed nothing, and verify finds nothing
def second = log.substring(log.lastIndexOf(':fix (default-cli)'))
assert second.contains('backend-notes: fixed 0 findings')
assert !second.contains('fixed garden/')
assert log.contains('0 errors, 0 warnings, 0 infos in 6 files (3 chapters in 1 series)')
assert log.contains('BUILD SUCCESS')
return true
