def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docker-compose.yml:6:9: COMPOSE-NET-001 service "worker" joins network "backend" which is not declared under top-level "networks"')
assert log.contains('ucp: 1 file checked, 1 error, 0 warnings')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./) // no Java stack trace
def sarif = new File(basedir, 'target/ucp-reports/ucp.sarif').text
assert sarif.contains('"ruleId" : "COMPOSE-NET-001"')
assert sarif.contains('"startLine" : 6')
