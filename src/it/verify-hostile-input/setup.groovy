// Hostile files are made here rather than committed: binary bytes, symbolic links and huge files.
def notes = new File(basedir, 'notes')
new File(notes, 'binary.md').bytes = [0x23, 0x20, 0x41, 0x00, 0x00, 0x0a] as byte[]
new File(notes, 'latin1.md').bytes = [0x63, 0x61, 0x66, 0xe9, 0x0a] as byte[]
def bomb = new StringBuilder('---\na: &a [x, x, x, x, x, x, x, x, x]\n')
('b'..'j').eachWithIndex { name, i -> bomb << "${name}: &${name} [" << ((1..9).collect { '*' + (i == 0 ? 'a' : ('b'..'j')[i - 1]) }.join(', ')) << ']\n' }
bomb << '---\n# bomb\n'
new File(notes, 'alias_bomb.md').text = bomb.toString()
new File(notes, 'deep_quotes.md').text = '>' * 50000 + ' deep\n'
new File(notes, 'huge.md').text = 'word ' * 20000 + '\n'
new File(notes, 'escape.md').text = '[out](../../../../etc/passwd) and [file](file:///etc/passwd)\n'
java.nio.file.Files.createSymbolicLink(new File(notes, 'outside').toPath(), java.nio.file.Paths.get('/etc'))
return true
