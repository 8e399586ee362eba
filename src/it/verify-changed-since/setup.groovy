// A work tree where 01 is committed and untouched, 02 is edited after the commit and 03 is untracked.
def run = { String... command ->
    def process = new ProcessBuilder(command as List).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : command.join(' ') + '\n' + output
}
run('git', 'init', '-q')
run('git', '-c', 'user.name=it', '-c', 'user.email=it@example.invalid', 'add', '.')
run('git', '-c', 'user.name=it', '-c', 'user.email=it@example.invalid', 'commit', '-q', '-m', 'notes')
new File(basedir, 'notes/guide/02_edited.md').text = '---\nstatus: wip\n---\n# Edited\n'
new File(basedir, 'notes/guide/03_new.md').text = '---\nstatus: gone\n---\n# New\n'
return true
