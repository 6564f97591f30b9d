def log = new File(basedir, 'build.log').text
assert log.contains('ucp: skipped (ucp.skip=true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ucp-reports/ucp.sarif').exists()
