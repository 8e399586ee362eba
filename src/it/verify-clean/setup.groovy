// a report.html from an earlier run that asked for html: this run does not, so it must not survive
def out = new File(basedir, 'target/backend-notes')
out.mkdirs()
new File(out, 'report.html').text = '<p>230 errors from an earlier run</p>'
return true
