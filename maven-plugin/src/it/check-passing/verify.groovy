def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Badges check: 11 domains, 47 pairings, 0 warnings')
assert !new File(basedir, 'target/badges').exists()
true
