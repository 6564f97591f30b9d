def log = new File(basedir, 'build.log').text
// validate ran and printed its findings; generate and check said they were skipped, and why
assert log.contains('ucp: 2 files checked, 0 errors, 4 warnings; 3 controllers tolerate 1 failure')
assert log.contains('ucp: generate skipped (ucp.generate.skip=true)')
assert log.contains('ucp: check skipped (ucp.check.skip=true)')
assert log.count('files checked') == 1 : 'a skipped goal ran'
assert !new File(basedir, 'target/ucp').exists() : 'a skipped generate wrote artifacts'
assert log.contains('BUILD SUCCESS')
true
