def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ucp: haproxy.cfg is missing:')
assert log.contains('[ERROR] ucp: nginx.conf is changed:')
assert log.contains('[ERROR] --- a/nginx.conf')
assert log.contains('[ERROR] +++ b/nginx.conf')
assert log.contains('[ERROR] -        server_name vote.example.org;')
assert log.contains('[ERROR] +        server_name vote.example.com;')
assert log.contains('[ERROR] ucp: old-app.yml is extra:')
assert log.contains('run mvn ucp:generate -Ducp.outputDirectory=gitops')
assert log.contains('BUILD FAILURE')
// check only reads: the drifted files are as they were
assert new File(basedir, 'gitops/nginx.conf').text.contains('vote.example.org')
assert !new File(basedir, 'gitops/haproxy.cfg').exists()
