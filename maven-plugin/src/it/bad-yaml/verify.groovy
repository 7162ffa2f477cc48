def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/badges/orders.badges.yaml').canonicalPath
assert log.contains("[ERROR] ${file}:6:14: error: malformed YAML")
assert log.contains('1 error in badge definitions (1 file); see the messages above')
assert !new File(basedir, 'target/badges').exists()
true
