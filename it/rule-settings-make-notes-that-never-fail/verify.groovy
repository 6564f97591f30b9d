import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] docker-compose.yml:4:12: COMPOSE-IMG-001 image "nginx:latest"')
assert log.contains('[INFO] docker-compose.yml:10:7: LB-LABEL-001 label "interlock.shiny"')
assert !log.contains('COMPOSE-SECRET-001') : 'the id setting (off) beats its group (note)'
assert !log.contains('[WARNING] docker-compose.yml')
assert log.contains('ucp: 1 file checked, 0 errors, 0 warnings, 2 notes')
assert log.contains('BUILD SUCCESS') : 'a note failed the build with failOnWarning'

def run = new JsonSlurper().parse(new File(basedir, 'target/ucp-reports/ucp.sarif')).runs[0]
assert run.results.collect { it.level } == ['note', 'note']
def overrides = run.invocations[0].ruleConfigurationOverrides.collectEntries { [(it.descriptor.id): it.configuration] }
assert overrides['COMPOSE-SECRET-001'] == [enabled: false]
assert overrides['COMPOSE-IMG-001'] == [level: 'note']
assert overrides['LB-VAL-001'] == [level: 'note']
true
