def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/badges/sensors.badges.yaml').canonicalPath
assert log.contains("[ERROR] ${file}:3:49: error: text contrast of tone 'faint' in the light theme is 2.32:1")
assert log.contains("[ERROR] ${file}:4:49: error: text contrast of tone 'faint' in the dark theme is 2.15:1")
assert log.contains('2 errors in badge definitions (1 file); see the messages above')
assert !new File(basedir, 'target/badges').exists()
true
