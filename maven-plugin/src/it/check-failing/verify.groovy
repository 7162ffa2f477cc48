def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/badges/orders.badges.yaml').canonicalPath
assert log.contains("[ERROR] ${file}:5:40: error: unknown tone 'infoo'")
assert log.contains("[ERROR] ${file}:6:25: error: the label is empty")
assert log.contains("[ERROR] ${file}:7:55: error: unknown icon 'no-such-icon'")
assert log.contains('Fix: did you mean \'info\'?')
assert log.contains('3 errors in badge definitions (1 file); see the messages above')
// each problem is printed once
assert log.count("unknown tone 'infoo'") == 1
true
