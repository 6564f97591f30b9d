def log = new File(basedir, 'build.log').text
assert log.contains('ucp: validate skipped (ucp.validate.skip=true)')
assert !log.contains('COMPOSE-NET-001') : 'a skipped validate reported findings'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ucp-reports/ucp.sarif').exists()
true
