def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
def page = new File(site, 'backend-notes-coverage.html')
assert page.isFile()
def html = page.getText('UTF-8')

// rendered through the site's sink: the default skin's breadcrumbs and menu around the report
assert html.contains('id="breadcrumbs"')
assert html =~ /<nav class="well sidebar-nav">[\s\S]*Project Reports[\s\S]*<li class="active"><a>Notes coverage<\/a><\/li>/
assert html.contains('id="bodyColumn"')
assert html.contains('Rendered using Apache Maven Fluido Skin')

// the summary, the series and its chapters
assert html =~ /1 series, 1 of 2 chapters compliant\./
assert html.contains('tools/') && html.contains('01_saw') && html.contains('02_drill')
assert html.contains('<a href="#series-1">tools</a>')
assert html =~ /generated <time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/

// the self-contained page beside it, linked from it
assert html.contains('<a href="backend-notes-coverage-full.html">The full page</a>')
def full = new File(site, 'backend-notes-coverage-full.html').getText('UTF-8')
assert full.contains("default-src 'none'")
assert full.contains('01_saw') && full.contains('02_drill')
assert new File(site, 'backend-notes-coverage/coverage.json').isFile()

def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('backend-notes-coverage.html')
assert reports.contains('Notes coverage')
return true
