def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/badges/statuses.badges.yaml').canonicalPath
assert log.contains("${file}:9:")
assert log.contains("'failed' renders differently across domains")
assert log.contains('1 error in badge definitions (1 file); see the messages above (failOnWarnings is true, so lint warnings count as errors)')
assert !new File(basedir, 'target/badges/site').exists()
true
