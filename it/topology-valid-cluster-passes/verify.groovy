def log = new File(basedir, 'build.log').text
assert log.contains('ucp: 2 files checked, 0 errors, 4 warnings; 3 controllers tolerate 1 failure')
assert log.contains('BUILD SUCCESS')
