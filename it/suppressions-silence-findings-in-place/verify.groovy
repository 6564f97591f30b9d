import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the silenced findings are not printed; the one without a comment and the stale comment are
assert !log.contains('docker-compose.yml:5:') && !log.contains('docker-compose.yml:12:') : log
assert !log.contains('DNS-NS-002') : log
assert log.contains('[WARNING] docker-compose.yml:17:12: COMPOSE-IMG-001 image "postgres:latest"')
assert log.contains('[WARNING] docker-compose.yml:14:5: IGNORE-002 ucp-ignore COMPOSE-IMG-001 silences nothing on line 15')
assert log.contains('ucp: 2 files checked, 0 errors, 2 warnings (3 suppressed); 3 controllers tolerate 1 failure')
assert log.contains('BUILD SUCCESS')

// code scanning sees them as suppressed, with the comment's reason
def results = new JsonSlurper().parse(new File(basedir, 'target/ucp-reports/ucp.sarif')).runs[0].results
def suppressed = results.findAll { it.suppressions }
assert suppressed.collect { it.suppressions[0].kind } == ['inSource'] * 3
assert suppressed.collect { it.suppressions[0].justification } as Set == [
    'the platform team rebuilds and retags this image nightly',
    'replaced by the new worker next sprint',
    "the secondary name server is the provider's, outside this spec"] as Set
assert results.findAll { !it.suppressions }.collect { it.ruleId } as Set == ['COMPOSE-IMG-001', 'IGNORE-002'] as Set
assert results.every { it.partialFingerprints['ucpFingerprint/v1'] ==~ /[0-9a-f]{32}/ }
true
