def log = new File(basedir, 'build.log').text
// validate has nothing to check; check still compares the committed set
assert log.count('nothing to do') == 1
assert log.contains('[ERROR] ucp: old-app.yml is extra:')
assert log.contains('[ERROR] ucp: .ucp-generated is changed:')
assert !log.contains('NullPointerException')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'gitops/old-app.yml').isFile() : 'check only reads'
true
