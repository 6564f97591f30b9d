def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docker-compose.yml:5:5: COMPOSE-SCHEMA-001 unknown key "port" in services.web')
assert log.contains('hint: did you mean "ports"?')
