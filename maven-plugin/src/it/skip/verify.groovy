assert !new File(basedir, 'target/badges').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Badges: skipped (badges.skip=true)')
true
