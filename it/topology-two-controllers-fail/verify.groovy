def log = new File(basedir, 'build.log').text
// the finding points at the controllers' "nodes:" key
assert log.contains('[ERROR] src/main/ucp/topology.yml:12:3: TOPO-HA-001 2 controllers tolerate no failure')
assert log.contains('2 controllers tolerate 0 failures')
assert log.contains('BUILD FAILURE')
