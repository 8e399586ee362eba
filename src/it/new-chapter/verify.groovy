// new-chapter writes the chapter from the rubric and registers it in the README, the matrix and the Scope; the
// verify run after it finds nothing in the vault but the new chapter's section minimums.
import java.time.LocalDate

def log = new File(basedir, 'build.log').getText('UTF-8')
def notes = new File(basedir, 'notes/orchard')
def chapter = new File(notes, 'trees/04_pear_trees.md')
def today = LocalDate.now()
assert log.contains('Wrote orchard/trees/04_pear_trees.md')
assert log.contains("priority: 'Optional' (可跳讀), the README's last group (-Dpriority to choose)")
assert log.contains("batch: 2, the README's last (-Dbatch to choose)")
assert chapter.isFile()
def text = chapter.getText('UTF-8')
// the date may turn between the build and this script
assert [today, today.minusDays(1)].any { day -> text.startsWith("""---
title: "Pear Trees / 梨樹"
note_type: knowledge
category: trees
tags: [orchard, trees, pear-trees]
status: draft
chapter: "04"
created: ${day}
updated: ${day}
review_interval_days: 30
next_review: ${day.plusDays(30)}
---

# Pear Trees / 梨樹

## Why

<!-- To write. The rubric asks: 1-2 句話。 -->
""") } : text

def readme = new File(notes, 'readme.md').getText('UTF-8')
assert readme.contains('- Batch 2: `03`, `04` (shrubs)\n')
assert readme.contains('- Optional (`可跳讀`): `02`, `04`\n')
assert readme.contains('- [02_plum](trees/02_plum.md) - 可跳讀 - 50 min\n- [04_pear_trees](trees/04_pear_trees.md) - 可跳讀 - 50 min\n')
assert new File(notes, 'coverage_matrix.md').getText('UTF-8').contains(
        '| Trees | Plums | `trees/02_plum.md` | Done |\n| Trees | Pear Trees | `trees/04_pear_trees.md` | Pending |\n')
assert new File(notes, 'quality_rubric.md').getText('UTF-8').contains(
        '- `shrubs/03_currant.md`\n- `trees/04_pear_trees.md`\n')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/backend-notes/report.json'), 'UTF-8')
def rules = report.findings.collect { it.file + ' ' + it.ruleId }
assert rules == ['orchard/trees/04_pear_trees.md section.sentence-count',
                 'orchard/trees/04_pear_trees.md section.item-count',
                 'orchard/trees/04_pear_trees.md section.item-count'] : rules
return true
