def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Invalid value 'com.example.default.badges' for parameter 'javaPackage' (property badges.javaPackage): 'default' is a Java keyword or literal. Allowed: a Java package name, dot-separated identifiers that are no Java keyword, such as 'com.example.badges'. Fix: set <javaPackage> (-Dbadges.javaPackage=com.example.badges).")
assert !new File(basedir, 'target/badges').exists()
assert !new File(basedir, 'target/generated-sources').exists()
true
