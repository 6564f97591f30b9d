def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docker-compose.yml:4:1: YAML-001 ')
assert log.contains('hint: indent with spaces')
assert !(log =~ /(?m)^\s+at [a-z]+\./) // no Java stack trace
