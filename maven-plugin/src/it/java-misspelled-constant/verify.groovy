def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'target/generated-sources/badges/com/example/shop/badges/Badges.java').isFile()
// formats=java alone: nothing in the output directory
assert !new File(basedir, 'target/badges').exists()
assert log.contains('COMPILATION ERROR')
assert log.contains('StatusPage.java:[12,43] cannot find symbol')
assert log.contains('symbol:   variable PARTAIL')
assert log.contains('location: class com.example.shop.badges.Badges.OperationRunOutcome')
true
