def log = new File(basedir, 'build.log').getText('UTF-8')
def release = new File(basedir, 'src/release').canonicalPath
assert log.contains("3 breaking changes against ${release} (badges.failOnBreaking is true):") : log
assert log.contains('order.priority: low') : log
assert log.contains('order.status: canceled') || log.contains('order.status: cancelled') : log
assert log.contains('order.status: opened') || log.contains('order.status: open') : log
assert log.contains('Fix: ') : log
assert log.contains('deprecate') : log
// The reports are written before the build fails, for the pull-request comment.
def md = new File(basedir, 'target/badges-diff/changes.md').getText('UTF-8')
assert md.contains('Breaking') : md
// Printed once, as the failure, not also as a stack trace.
assert !log.contains('at dev.unifiedbadges.') : 'a stack trace in the log'
true
