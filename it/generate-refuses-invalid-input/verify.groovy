def log = new File(basedir, 'build.log').text
assert log.contains('TOPO-HA-001 2 controllers tolerate no failure')
assert log.contains('BUILD FAILURE')
// nothing written: the previous artifact is untouched and no other file appeared
def out = new File(basedir, 'target/ucp')
assert out.list().sort() == ['haproxy.cfg']
assert new File(out, 'haproxy.cfg').text == 'previous artifact\n'
