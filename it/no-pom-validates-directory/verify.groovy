def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] apps/broken/docker-compose.yml:6:9: COMPOSE-NET-001 ')
assert log.contains('ucp: 2 files checked, 1 error')
assert new File(basedir, 'target/ucp-reports/ucp.sarif').isFile()
