def out = new File(basedir, 'target/badges')
def css = new File(out, 'css/badges.css').getText('UTF-8')
assert css.contains('.ub--payment-status--refunded')
assert !css.contains('.badge--payment-status')
def light = new File(out, 'tokens/badges.light.tokens.json').getText('UTF-8')
assert light =~ /"#[0-9a-f]{6}"/
assert !light.contains('colorSpace')
assert !new File(out, 'js').exists() : 'js was not requested'
assert !new File(out, 'site').exists() : 'site was not requested'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Badges: 1 domain, 3 pairings; \d+ files written, 0 unchanged in \d+ ms; output: \Q${out.canonicalPath}\E/
true
