import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def summary = log.readLines().find { it.startsWith('[INFO] Badges: ') && it.contains(' against ') }
assert summary != null : 'no one-line summary'
assert summary.contains('against dev.unifiedbadges.it:diff-artifact-baseline:1.0.0') : summary
assert summary.contains('2 breaking') : summary
assert summary.contains('suggested bump: major') : summary

def json = new JsonSlurper().parse(new File(basedir, 'target/badges-diff/changes.json'))
assert json.baseline == 'dev.unifiedbadges.it:diff-artifact-baseline:1.0.0'
assert json.bump == 'major'
def breaking = json.changes.findAll { it['class'] == 'breaking' }
assert breaking.collect { it.kind } as Set == ['value-removed', 'alias-removed'] as Set : breaking
assert breaking.every { it.fix } : 'a breaking change without a fix'
def md = new File(basedir, 'target/badges-diff/changes.md').getText('UTF-8')
assert md.contains('low') && md.contains('canceled') : md
true
