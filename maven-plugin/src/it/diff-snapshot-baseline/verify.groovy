import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def baseline = new File(basedir, 'target/release/snapshot/badges.snapshot.json').canonicalPath
def summary = log.readLines().find { it.startsWith('[INFO] Badges: ') && it.contains(' against ') }
assert summary != null : 'no one-line summary'
assert summary.contains("against ${baseline}") : summary
assert summary.contains('2 visual') : summary
assert summary.contains('suggested bump: minor') : summary
assert !summary.contains('breaking') || summary.contains('0 breaking') : summary

def reports = new File(basedir, 'target/badges-diff')
def md = new File(reports, 'changes.md').getText('UTF-8')
assert md.contains('Suggested bump: **minor**') || md.toLowerCase().contains('minor') : md
assert md.contains('Shipped') && md.contains('Sent') : 'the label change is missing:\n' + md
assert md.contains('danger') && md.contains('warning') : 'the tone change is missing:\n' + md
assert md.contains('placed') : 'the added value is missing:\n' + md
assert md.contains('void') : 'the added alias is missing:\n' + md

def json = new JsonSlurper().parse(new File(reports, 'changes.json'))
assert json.bump == 'minor'
def kinds = json.changes.collect { it.kind } as Set
assert kinds.containsAll(['label-changed', 'tone-changed', 'value-added', 'alias-added', 'value-deprecated']) : kinds
assert !json.changes.any { it['class'] == 'breaking' } : json.changes
assert new File(reports, 'badges.diff.schema.json').isFile()

// Run 3: the catalog site compares with the same baseline.
def changes = new File(basedir, 'target/badges/site/changes.html')
assert changes.isFile() : 'no Changes page'
def page = changes.getText('UTF-8')
assert page.contains('Sent') && page.contains('Shipped')
assert new File(basedir, 'target/badges/site/index.html').getText('UTF-8').contains('changes.html')
true
