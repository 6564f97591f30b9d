def log = new File(basedir, 'build.log').text
assert new File(basedir, 'a/deploy/ucp/app-a.yml').isFile() : 'module a was not generated'
assert new File(basedir, 'b/deploy/ucp/app-b.yml').isFile() : 'module b was not generated'
assert !log.contains('SKIPPED')
assert log.contains('BUILD SUCCESS')
true
