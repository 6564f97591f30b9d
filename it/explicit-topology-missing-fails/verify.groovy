def log = new File(basedir, 'build.log').text
assert log.contains('topolgy.yml (ucp.topology) does not exist or is not a regular file')
assert !new File(basedir, 'deploy/ucp').exists() : 'nothing is generated'
true
