def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Invalid value 'css,pdf' for parameter 'formats' (property badges.formats). Allowed: css, tokens, js, snapshot, site, java, npm (comma-separated; a third-party format is available once its jar is among the plugin's <dependencies>).")
// parameters are checked before the (missing) definitions
assert !log.contains('Badge definitions not found')
assert !new File(basedir, 'target/badges').exists()
true
