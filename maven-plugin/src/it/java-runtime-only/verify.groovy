def log = new File(basedir, 'build.log').getText('UTF-8')
def sources = new File(basedir, 'target/generated-sources/badges')
def badgesJava = new File(sources, 'com/example/shop/badges/Badges.java')
assert badgesJava.isFile()
assert log.contains('Badges: Java sources 1 written in ' + sources.canonicalPath + ' (a compile source root)')
// The other formats still go to the output directory; Java sources never do.
assert new File(basedir, 'target/badges/css/badges.css').isFile()
assert !new File(basedir, 'target/badges/com').exists()
assert new File(basedir, 'target/classes/com/example/shop/badges/Badges$OperationRunOutcome.class').isFile()
assert new File(basedir, 'target/classes/com/example/shop/StatusPage.class').isFile()

// dependency:tree: the project, and below it badge-runtime and nothing else.
def tree = new File(basedir, 'dependency-tree.txt').getText('UTF-8').readLines().findAll { it.trim() }
assert tree.size() == 2 : tree.join('\n')
assert tree[0] == 'com.example.shop:java-runtime-only:jar:1.0-SNAPSHOT' || tree[0].startsWith('com.example.shop:java-runtime-only:jar:')
assert tree[1] ==~ /\\- dev\.unifiedbadges:badge-runtime:jar:[^:]+:compile/ : tree[1]

// The runtime jar itself has no dependencies either: its POM declares none outside test scope.
def runtimeDir = new File(localRepositoryPath, 'dev/unifiedbadges/badge-runtime')
def runtimePom = runtimeDir.listFiles().find { it.isDirectory() }.listFiles().find { it.name.endsWith('.pom') }
def pom = new groovy.xml.XmlSlurper().parse(runtimePom)
assert pom.dependencies.dependency.findAll { it.scope.text() != 'test' }.size() == 0

// Run the app's code on exactly that class path: its classes and the runtime jar.
def runtimeJar = runtimePom.parentFile.listFiles().find { it.name.endsWith('.jar') }
def loader = new URLClassLoader(
    [new File(basedir, 'target/classes').toURI().toURL(), runtimeJar.toURI().toURL()] as URL[],
    (ClassLoader) null)
def html = loader.loadClass('com.example.shop.StatusPage').getMethod('render', String).invoke(null, 'canceled')
assert html == '<span class="badge badge--operation-run-outcome--partial"><span class="badge__icon" aria-hidden="true"></span><span class="badge__label">Partial</span></span>\n' +
    '<span class="badge badge--operation-run-outcome--cancelled"><span class="badge__icon" aria-hidden="true"></span><span class="badge__label">Cancelled</span></span>\n' +
    '<span class="badge badge--finding-severity--high"><span class="badge__icon" aria-hidden="true"></span><span class="badge__label">High</span></span>'
true
