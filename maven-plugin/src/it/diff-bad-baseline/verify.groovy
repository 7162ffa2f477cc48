def log = new File(basedir, 'build.log').getText('UTF-8')
def missing = new File(basedir, 'no/such/badges.snapshot.json').canonicalPath
assert log.contains("Baseline not found: ${missing} (parameter 'baseline', property badges.baseline). Fix: ") : log
assert log.contains("Baseline com.example.never:released:9.9.9 (parameter 'baseline', property badges.baseline) cannot be resolved") : log
assert log.contains('Fix: check the coordinates') : log
def corrupt = new File(basedir, 'src/truncated.snapshot.json').canonicalPath
assert log.contains("Baseline ${corrupt}:8:") && log.contains('is not valid JSON') : log
assert log.contains("Parameter 'baseline' (property badges.baseline) is not set") : log
assert !new File(basedir, 'target/badges-diff').exists() : 'a report was written'
assert !log.contains('at dev.unifiedbadges.') : 'a stack trace in the log'
true
