// The three runs append to one build.log, in order.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines().findAll { it.startsWith('[INFO] Badges:') }
assert lines.size() == 3 : lines
// 1: the third-party format is selected and written with the built-in ones.
assert lines[0] =~ /^\[INFO\] Badges: 11 domains, 47 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: .*index\.html$/
// 2: nothing changed, not even the rebuilt format jar (reproducible), so nothing is written.
assert lines[1] =~ /^\[INFO\] Badges: up to date \(11 domains, 47 pairings, \d+ files unchanged\); catalog: /
// 3: the format jar changed under the same version: generated again.
assert lines[2] =~ /^\[INFO\] Badges: 11 domains, 47 pairings; [1-9]\d* files? written, \d+ unchanged in \d+ ms; catalog: / : lines[2]

def out = new File(basedir, 'consumer/target/badges')
def csv = new File(out, 'pairings/pairings.csv')
assert csv.isFile()
def rows = csv.getText('UTF-8').readLines()
assert rows[0] == 'domain;value;label;tone' : 'the third run used the changed jar: ' + rows[0]
assert rows.size() == 48
assert rows.contains('operation_run.outcome,partial,Partial,warning')
// The site offers it for download, under its own heading and description, from the registry.
assert new File(out, 'site/downloads/pairings/pairings.csv').getText('UTF-8') == csv.getText('UTF-8')
def downloads = new File(out, 'site/downloads.html').getText('UTF-8')
assert downloads.contains('id="site--files-pairings-csv">Spreadsheets</h2>')
assert downloads.contains('href="downloads/pairings/pairings.csv"')
assert downloads.contains('Every pairing as one CSV row.')
// Only the selected formats are at the top; the site's required token formats are only downloads.
assert new File(out, 'css/badges.css').isFile()
assert !new File(out, 'tokens').exists()
assert !new File(out, 'js').exists()
assert new File(out, 'site/downloads/js/badges.js').isFile()
true
