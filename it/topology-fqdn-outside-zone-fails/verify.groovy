def log = new File(basedir, 'build.log').text
// at the Compose label that puts the name outside the zone
assert log.contains('[ERROR] docker-compose.yml:21:27: XREF-DNS-001 service "result-app" is routed as results.example.org, which is outside cluster.domain example.com')
