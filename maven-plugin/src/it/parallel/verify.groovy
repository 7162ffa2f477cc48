import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
// Without this the other checks would also pass in a serial build.
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') : 'the reactor did not run with -T 2'
assert !log.contains('not marked as') : 'a goal is not marked thread-safe'
assert log =~ /\[INFO\] Badges: 11 domains, 47 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: .*module-a.*index\.html/
assert log =~ /\[INFO\] Badges: 2 domains, 5 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: .*module-b.*index\.html/
['module-a', 'module-b'].each { m ->
  assert new File(basedir, "${m}/target/badges/site/index.html").isFile()
  def jar = new File(basedir, "${m}/target").listFiles().find { it.name.endsWith('.jar') }
  new ZipFile(jar).withCloseable { zip ->
    assert zip.getEntry("META-INF/resources/webjars/${m}/0.1.0-SNAPSHOT/css/badges.css") != null : "${m}: css not in the jar"
  }
}
true
