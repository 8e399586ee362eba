// more than 2 MB of Markdown, so that fork=auto forks: 26 notes of about 90 KB, linked in a ring
def big = new File(basedir, 'big')
big.mkdirs()
def paragraph = ('A line of a long note about nothing in particular. ' * 20) + '\n\n'
(1..26).each { n ->
    def next = n % 26 + 1
    def text = "# Note ${n}\n\nOn to [the next](note_${next}.md).\n\n" + paragraph * 85
    new File(big, "note_${n}.md").setText(text, 'UTF-8')
}
return true
