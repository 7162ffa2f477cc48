import java.util.zip.ZipFile

def out = new File(basedir, 'target/badges')
['css/badges.css', 'css/badges.min.css',
 'tokens/badges.light.tokens.json', 'tokens/badges.dark.tokens.json', 'tokens/badges.resolver.json',
 'js/badges.js', 'js/badges.d.ts', 'site/index.html'].each {
  assert new File(out, it).isFile() : "missing ${it}"
}
def css = new File(out, 'css/badges.css').getText('UTF-8')
assert css.contains('.badge--order-status--open')
assert css.contains('.badge--order-priority--high')

def log = new File(basedir, 'build.log').getText('UTF-8')
def index = new File(out, 'site/index.html').canonicalPath
assert log =~ /\[INFO\] Badges: 2 domains, 5 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: \Q${index}\E/

// attach=true: the jar carries the generated files, without the output marker
def jar = new File(basedir, 'target').listFiles().find { it.name.endsWith('.jar') }
assert jar != null : 'no jar built'
new ZipFile(jar).withCloseable { zip ->
  assert zip.getEntry('META-INF/resources/badges/css/badges.css') != null
  assert zip.getEntry('META-INF/resources/badges/js/badges.js') != null
  assert zip.getEntry('META-INF/resources/badges/site/index.html') != null
  assert zip.getEntry('META-INF/resources/badges/.unified-badges') == null
}
true
