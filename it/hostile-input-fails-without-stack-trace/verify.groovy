def log = new File(basedir, 'build.log').text
// an alias bomb: one finding, quickly, and no Java stack trace anywhere in the log
assert log.contains('[ERROR] docker-compose.yml:7:17: YAML-003 the document expands to more than 250000 nodes')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !log.contains('Exception:')
true
