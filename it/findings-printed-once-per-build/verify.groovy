def log = new File(basedir, 'build.log').text
def warning = '[WARNING] docker-compose.yml:5:12: COMPOSE-IMG-001 image "nicolaka/voting-app:latest"'
assert log.count(warning) == 1 : "the warning is printed ${log.count(warning)} times"
// every goal still states its summary, the later ones saying where the findings are
assert log.count('ucp: 2 files checked, 0 errors, 4 warnings') == 3
assert log.count('(findings printed above by an earlier goal)') == 2
assert log.contains('BUILD SUCCESS')
true
