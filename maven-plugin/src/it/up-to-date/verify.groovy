// The three runs append to one build.log, in order.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines().findAll { it.startsWith('[INFO] Badges:') }
assert lines.size() == 3 : lines
assert lines[0] =~ /^\[INFO\] Badges: 11 domains, 47 pairings; (\d+) files written, 0 unchanged in \d+ ms; catalog: .*index\.html$/
def written = (lines[0] =~ /(\d+) files written/)[0][1] as int
assert lines[1] =~ /^\[INFO\] Badges: up to date \(11 domains, 47 pairings, ${written} files unchanged\); catalog: .*index\.html$/
assert lines[2] =~ /^\[INFO\] Badges: 11 domains, 47 pairings; 0 files written, \d+ unchanged, \d+ removed in \d+ ms; output: /
def out = new File(basedir, 'target/badges')
assert new File(out, 'css/badges.css').isFile()
assert new File(out, 'js/badges.js').isFile()
assert !new File(out, 'site').exists()
assert !new File(out, 'tokens').exists()
true
