def log = new File(basedir, 'build.log').text
assert log.contains('ucp: 5 artifact(s) written')
assert log.contains('are up to date')
assert log.contains('BUILD SUCCESS')
