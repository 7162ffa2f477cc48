def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("(parameter 'outputDirectory', property badges.outputDirectory). Fix: point <outputDirectory> at a directory of its own")
def page = new File(basedir, 'src/main/webapp/index.html')
assert page.getText('UTF-8').contains('Hand-written')
assert page.getParentFile().list().size() == 1
true
