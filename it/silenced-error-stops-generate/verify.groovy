def log = new File(basedir, 'build.log').text
// validate passes: the setting makes the error a warning
assert log.contains('[WARNING] docker-compose.yml:6:9: COMPOSE-NET-001 service "worker" joins network "backend"')
assert log.count('ucp: 1 file checked, 0 errors, 1 warning') == 2
// generate names the error it will not render from, and fails without writing anything
assert log.contains('[ERROR] docker-compose.yml:6:9: COMPOSE-NET-001 service "worker" joins network "backend"')
assert log.contains('ucp: 1 error in the inputs is kept from the build by the rule settings, a ucp-ignore comment or the baseline,'
    + ' but ucp:generate renders artifacts only from inputs without errors; fix it, or skip this goal with -Ducp.generate.skip until then')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/ucp').exists() : 'generate wrote artifacts from inputs with an error'
true
