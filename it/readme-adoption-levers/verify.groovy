// The README's "Adopting on an existing repository", read from the README and run as a user would,
// through real Maven and git: a legacy repository with the README's rule settings and ucp-ignore
// comments fails; the README's baseline commands record its findings; the build then passes with
// the README's summary line, still passes after unrelated edits (lines moved, services reordered, a
// key added), and fails on a real new finding and on a changed offending value, naming only those.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def readmeText = new File(readme).getText('UTF-8')

String block(String text, String name) {
    def m = text =~ /(?s)<!-- adopt:${name}:begin -->\s*```[a-z]*\n(.*?)```\s*<!-- adopt:${name}:end -->/
    assert m.find() : "README has no adopt:${name} block"
    return m.group(1)
}

def pomSnippet = block(readmeText, 'pom')
def ignoreSnippet = block(readmeText, 'ignore')
def baselineCommands = block(readmeText, 'baseline').readLines().findAll { it.trim() && !it.trim().startsWith('#') }
def summaryLine = block(readmeText, 'summary').trim()
assert pomSnippet.contains("<version>${projectVersion}</version>") : "the README snippet's version is not ${projectVersion}"

def work = new File(basedir, 'work')
work.deleteDir()
work.mkdirs()

// `mvn` on the PATH is this build's Maven, resolving from the build's repositories
def bin = evaluate(new File(nestedMaven))(work, outerRepository, localRepositoryPath)

def app = new File(work, 'voting-app')
app.mkdirs()
new File(app, '.gitignore').text = 'target/\n'
new File(app, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.ucpkit.it</groupId>
  <artifactId>voting-app</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
${pomSnippet}
    </plugins>
  </build>
</project>
"""
// the README's commented services, then the legacy ones
def legacy = new File(basedir, 'app/legacy-services.yml').getText('UTF-8')
def compose = new File(app, 'docker-compose.yml')
compose.text = 'version: "2.4"\n' + ignoreSnippet + legacy

def sh = { File dir, String command ->
    def log = new File(work, "step-${System.nanoTime()}.log")
    def pb = new ProcessBuilder('sh', '-c', command).directory(dir).redirectErrorStream(true).redirectOutput(log)
    def env = pb.environment()
    env.put('PATH', bin.path + ':' + env.get('PATH'))
    ['GIT_AUTHOR_NAME', 'GIT_COMMITTER_NAME'].each { env.put(it, 'ucp it') }
    ['GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_EMAIL'].each { env.put(it, 'it@example.com') }
    env.put('GIT_CONFIG_NOSYSTEM', '1')
    env.put('GIT_CONFIG_GLOBAL', '/dev/null')
    env.remove('MAVEN_OPTS')
    def p = pb.start()
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly()
        assert false : "timed out: ${command}"
    }
    println "[${p.exitValue()}] ${command} (in ${dir.name})"
    [exit: p.exitValue(), log: log.getText('UTF-8')]
}
def findingLines = { String log -> log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] docker-compose\.yml:\d+:\d+: / } }

assert sh(app, 'git init -q && git add -A && git commit -q -m "a legacy app"').exit == 0

// (1) the legacy repository fails; the settings and the comments already apply
def legacyRun = sh(app, 'mvn -B validate')
assert legacyRun.exit != 0 : "the legacy app passes without a baseline:\n${legacyRun.log}"
def legacyFindings = findingLines(legacyRun.log)
assert legacyFindings.any { it.startsWith('[INFO] docker-compose.yml:11:12: COMPOSE-IMG-001 ') } : "COMPOSE-IMG-001 is not a note:\n${legacyRun.log}"
assert !legacyRun.log.contains('LB-LABEL-001') : 'LB-LABEL-* is off'
assert legacyFindings.count { it.contains('COMPOSE-SECRET-001') } == 1 : "the two commented secrets are not silenced:\n${legacyFindings.join('\n')}"
assert legacyRun.log.contains('(2 suppressed)') : legacyRun.log

// (2) the README's baseline commands
def baselineLogs = baselineCommands.collect { c ->
    def r = sh(app, c)
    assert r.exit == 0 : "documented baseline command failed: ${c}\n${r.log}"
    r.log
}
def baselineFile = new File(app, 'ucp-baseline.json')
def recorded = new JsonSlurper().parse(baselineFile)
assert recorded.version == 1
def knownCount = recorded.findings.size()
assert knownCount == legacyFindings.count { !it.startsWith('[INFO]') } : "the baseline records errors and warnings only: ${recorded.findings}"
assert recorded.findings.every { it.fingerprint ==~ /[0-9a-f]{32}/ && it.file == 'docker-compose.yml' }
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : 'the baseline commands left uncommitted changes'
assert baselineLogs[0].contains("ucp: recorded ${knownCount} findings (1 error, ${knownCount - 1} warning") : baselineLogs[0]
assert baselineLogs[0].contains('in ucp-baseline.json; 1 note left out (notes never fail a build); commit it') : baselineLogs[0]
// writing it again from the same findings gives the same bytes
def bytes = baselineFile.bytes
def again = sh(app, 'mvn -B ucp:baseline')
assert again.exit == 0 && again.log.contains('ucp: ucp-baseline.json is up to date') : again.log
assert baselineFile.bytes == bytes : 'a second ucp:baseline changed the file'

// (3) the build passes and says what it skipped, in the README's words
def passing = sh(app, 'mvn -B validate')
assert passing.exit == 0 : "the build fails on known findings:\n${passing.log}"
assert passing.log.contains(summaryLine) : "the log lacks the README's summary line ${summaryLine}:\n${passing.log}"

// (4) unrelated edits: lines above, the services in another order, a key added
def original = compose.text
def legacyServices = legacy.split(/(?m)^(?=  worker:)/)
compose.text = '# the voting app\n\n# (legacy)\n' + original.replace(legacy, legacyServices[1] + legacyServices[0].replace(
        '    image: team/web:latest\n', '    restart: always\n    image: team/web:latest\n'))
assert compose.text != original && compose.text.contains('  worker:\n    image: team/worker:1.4')
def moved = sh(app, 'mvn -B validate')
assert moved.exit == 0 : "unrelated edits made known findings new:\n${moved.log}"
assert moved.log.contains("(${knownCount} known findings in ucp-baseline.json skipped, 2 suppressed)") : moved.log

// (5) a real new finding fails the build, and only it is printed (besides the note)
compose.text = original.replace('      - API_TOKEN=abc123\n', '      - API_TOKEN=abc123\n    networks:\n      - backend\n')
def added = sh(app, 'mvn -B validate')
assert added.exit != 0 : "a new finding passed:\n${added.log}"
def addedFindings = findingLines(added.log).findAll { !it.startsWith('[INFO]') }
assert addedFindings.size() == 1 && addedFindings[0].contains('COMPOSE-NET-001 service "worker" joins network "backend"') : addedFindings.join('\n')
assert added.log.contains("(${knownCount} known findings in ucp-baseline.json skipped, 2 suppressed)") : added.log

// (6) changing the offending value is a new finding too, and the old entry no longer occurs
compose.text = original.replace('      - frontend\n', '      - front-end\n')
def changed = sh(app, 'mvn -B validate')
assert changed.exit != 0 : "a changed offending value passed:\n${changed.log}"
def changedFindings = findingLines(changed.log).findAll { !it.startsWith('[INFO]') }
assert changedFindings.size() == 1 && changedFindings[0].contains('joins network "front-end"') : changedFindings.join('\n')
assert changed.log.contains('1 finding listed in ucp-baseline.json no longer occurs; run mvn ucp:baseline to drop it') : changed.log

// the SARIF report marks each finding new or unchanged and carries its fingerprint
def sarif = new JsonSlurper().parse(new File(app, 'target/ucp-reports/ucp.sarif'))
def results = sarif.runs[0].results
assert results.count { it.baselineState == 'new' && it.ruleId == 'COMPOSE-NET-001' } == 1
assert results.count { it.baselineState == 'unchanged' } == knownCount - 1
assert results.count { it.suppressions?.getAt(0)?.kind == 'inSource' } == 2
assert results.every { it.partialFingerprints['ucpFingerprint/v1'] ==~ /[0-9a-f]{32}/ }

// (7) as the README says, -Ducp.rules replaces the pom's <rules> for that run
compose.text = original
def replaced = sh(app, 'mvn -B validate -Ducp.baseline=none -Ducp.rules=COMPOSE-IMG-001=off')
assert !replaced.log.contains('COMPOSE-IMG-001') : "the property did not apply:\n${replaced.log}"
// and -Ducp.baseline=none shows the known findings again
assert findingLines(replaced.log).any { it.contains('COMPOSE-NET-001 service "web" joins network "frontend"') } : replaced.log
assert findingLines(replaced.log).any { it.startsWith('[WARNING] docker-compose.yml:17:7: LB-LABEL-001 ') } : replaced.log
def pom = new File(app, 'pom.xml').text

// (8) a setting that names no rule fails with the README's line
new File(app, 'typo-pom.xml').text = pom.replace('<rule>COMPOSE-IMG-001=note</rule>', '<rule>COMPOSE-IMG-01=off</rule>')
def typo = sh(app, 'mvn -B validate -f typo-pom.xml')
def expected = (readmeText =~ /(?m)^\[ERROR\] Failed to execute goal .*COMPOSE-IMG-01=off.*$/)[0]
assert typo.exit != 0 && typo.log.contains(expected) : "the log lacks the README's line ${expected}:\n${typo.log}"
true
