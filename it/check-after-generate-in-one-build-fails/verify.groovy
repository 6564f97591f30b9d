def log = new File(basedir, 'build.log').text
assert log.contains('ucp: 5 artifact(s) written')
assert log.contains('[ERROR] ucp: ucp:generate changed [')
assert log.contains('in CI bind only validate and check (run ucp:generate by hand)')
assert log.contains('BUILD FAILURE')
true
