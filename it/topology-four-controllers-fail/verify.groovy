def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/ucp/topology.yml:12:3: TOPO-HA-001 4 controllers tolerate 1 failure(s), no more than 3 would')
assert log.contains('4 controllers tolerate 1 failure')
