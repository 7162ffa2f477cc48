import java.util.zip.ZipFile

def out = new File(basedir, 'target/badges')
['css/badges.css', 'css/badges.min.css',
 'tokens/badges.light.tokens.json', 'tokens/badges.dark.tokens.json', 'tokens/badges.resolver.json',
 'js/badges.js', 'js/badges.d.ts', 'snapshot/badges.snapshot.json', 'snapshot/badges.snapshot.schema.json',
 'site/index.html'].each {
  assert new File(out, it).isFile() : "missing ${it}"
}
def css = new File(out, 'css/badges.css').getText('UTF-8')
assert css.contains('.badge--order-status--open')
assert css.contains('.badge--order-priority--high')

def log = new File(basedir, 'build.log').getText('UTF-8')
def index = new File(out, 'site/index.html').canonicalPath
assert log =~ /\[INFO\] Badges: 2 domains, 5 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: \Q${index}\E/

def snapshot = new File(out, 'snapshot/badges.snapshot.json').getText('UTF-8')
assert snapshot.contains('"snapshotVersion": 1,')
assert snapshot.contains('"order.status": {')
assert !snapshot.contains(basedir.canonicalPath) : 'the snapshot holds an absolute path'

// attach=true: the jar is a WebJar of the generated CSS, tokens, JS and catalog snapshot (no site unless attachSite,
// never the output marker), registered so that webjars-locator finds it without a version.
def jar = new File(basedir, 'target').listFiles().find { it.name.endsWith('.jar') }
assert jar != null : 'no jar built'
def root = 'META-INF/resources/webjars/basic/0.1.0-SNAPSHOT/'
new ZipFile(jar).withCloseable { zip ->
  ['css/badges.css', 'css/badges.min.css', 'js/badges.js', 'js/badges.d.ts',
   'tokens/badges.light.tokens.json', 'tokens/badges.dark.tokens.json', 'tokens/badges.resolver.json',
   'snapshot/badges.snapshot.json', 'snapshot/badges.snapshot.schema.json'].each {
    assert zip.getEntry(root + it) != null : "${root}${it} not in the jar"
  }
  def names = zip.entries().collect { it.name }
  assert !names.any { it.contains('/site/') } : 'the site is in the jar without attachSite'
  assert !names.any { it.endsWith('.unified-badges') } : 'the output marker is in the jar'
  assert !names.any { it.startsWith('META-INF/resources/badges/') } : 'the old layout is still there'
  assert zip.getInputStream(zip.getEntry('META-INF/resources/webjars-locator.properties')).getText('UTF-8')
      .contains('basic.version=0.1.0-SNAPSHOT')
}

// The real webjars-locator (as Spring's /webjars/** handler uses it) resolves a versionless path.
def locatorJar = new File(localRepositoryPath, 'org/webjars/webjars-locator-lite')
    .listFiles().collect { new File(it, "webjars-locator-lite-${it.name}.jar") }.find { it.isFile() }
assert locatorJar != null : 'webjars-locator-lite is not in the test repository'
def loader = new URLClassLoader([jar.toURI().toURL(), locatorJar.toURI().toURL()] as URL[], (ClassLoader) null)
try {
  def locator = loader.loadClass('org.webjars.WebJarVersionLocator').getDeclaredConstructor().newInstance()
  assert locator.version('basic') == '0.1.0-SNAPSHOT'
  def path = locator.fullPath('basic', 'css/badges.css')
  assert path == root + 'css/badges.css'
  assert loader.getResource(path) != null
} finally {
  loader.close()
}
true
