def log = new File(basedir, 'build.log').text
assert log.contains('ucp: outputDirectory ') && log.contains('cannot be used: it overlaps reportDirectory')
assert log.contains('give it a directory of its own')
assert !log.contains('unexpected failure')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace'
assert !new File(basedir, 'target/same').exists() : 'something was written'
true
