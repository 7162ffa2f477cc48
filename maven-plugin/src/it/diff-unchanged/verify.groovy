import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def baseline = new File(basedir, 'target/release/snapshot/badges.snapshot.json').canonicalPath
assert log.contains("[INFO] Badges: no changes against ${baseline}") : log
def md = new File(basedir, 'target/badges-diff/changes.md').getText('UTF-8')
assert md.contains('No changes') : md
def json = new JsonSlurper().parse(new File(basedir, 'target/badges-diff/changes.json'))
assert json.bump == 'none'
assert json.changes == []
true
