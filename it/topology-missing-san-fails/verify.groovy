def log = new File(basedir, 'build.log').text
// at ucp2's own entry, naming the missing name and why
assert log.contains('[ERROR] src/main/ucp/topology.yml:14:7: TOPO-SAN-001 controller "ucp2" does not list ucp.example.com in its sans; the UCP CA signs only the SANs given at install')
assert log.contains('ucp: 2 files checked, 1 error')
