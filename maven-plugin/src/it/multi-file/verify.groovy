def css = new File(basedir, 'target/badges/css/badges.css').getText('UTF-8')
assert css.contains('.badge--order-status--shipped')      // orders.badges.yaml
assert css.contains('.badge--payment-status--captured')   // payments/payments.badges.yml
assert css.contains('.badge--shipment-carrier--courier')  // shipping.badges.json
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Badges: 3 domains, 7 pairings; \d+ files written, 0 unchanged in \d+ ms; catalog: .*index\.html/
true
