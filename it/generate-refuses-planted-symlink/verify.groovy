def log = new File(basedir, 'build.log').text
assert log.contains('refusing to write haproxy.cfg: it is a symbolic link')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace'
assert new File(basedir, 'secret.txt').text == 'do not overwrite\n'
// nothing else was written either
assert new File(basedir, 'target/ucp').list().toList() == ['haproxy.cfg']
true
