def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'src/main/badges').canonicalPath
assert log.contains("Badge definitions not found: ${expected} (parameter 'definitions', property badges.definitions)")
assert log.contains('create src/main/badges/badges.yaml')
assert log.contains('<catalog>builtin</catalog> (-Dbadges.catalog=builtin)')
assert !new File(basedir, 'target/badges').exists()
true
