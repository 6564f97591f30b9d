// The README's "3.x quick start", read from the README and run as a user would, through real Maven,
// git and the Docker CLI. The app is the repository's own sample project, read in place (no copy kept
// here that could drift): every file the layout lists must be in it, and the README's pom snippet must
// be its pom's plugin block. In a fresh git repository of the app's inputs the commands run in order,
// as written: generate writes exactly the layout's artifacts (the bytes the sample commits) and prints
// the summary the README quotes; verify passes; the deploy command's file loads; and a commit that
// changes an input without regenerating fails verify with the drift, the artifacts untouched.
import groovy.xml.XmlSlurper
import java.nio.file.Files
import java.util.concurrent.TimeUnit

def readmeFile = new File(readme)
def readmeText = readmeFile.getText('UTF-8')

String block(String text, String name) {
    def m = text =~ /(?s)<!-- quickstart3:${name}:begin -->\s*```[a-z]*\n(.*?)```\s*<!-- quickstart3:${name}:end -->/
    assert m.find() : "README has no quickstart3:${name} block"
    return m.group(1)
}

// --- the layout: the sample project, in the repository next to the README -------------------------
def layout = block(readmeText, 'layout').readLines()
def rootLine = layout[0].trim()
assert rootLine ==~ /[a-z0-9-]+\// : "the layout does not start with the project folder: ${rootLine}"
def sample = new File(readmeFile.parentFile, rootLine).canonicalFile
assert sample.isDirectory() : "the layout's ${rootLine} is not in the repository"
def listed = layout.drop(1).collect { it.replaceFirst(/#.*/, '').trim() }.findAll { it }
listed.each { assert new File(sample, it).isFile() : "the layout lists ${it}, which ${rootLine} lacks" }

// --- the pom: the snippet is the sample pom's plugin block ----------------------------------------
def pomSnippet = block(readmeText, 'pom')
def canon
canon = { node ->
    node.children().size() == 0 ? "${node.name()}=${node.text().trim()}"
            : "${node.name()}{${node.children().collect { canon(it) }.join(',')}}"
}
def snippetXml = new XmlSlurper(false, false).parseText(pomSnippet)
def samplePom = new XmlSlurper(false, false).parse(new File(sample, 'pom.xml'))
def samplePlugins = samplePom.build.plugins.plugin.findAll { it.artifactId.text() == snippetXml.artifactId.text() }
assert samplePlugins.size() == 1 : "the sample's pom does not declare ${snippetXml.artifactId} once"
assert canon(samplePlugins[0]) == canon(snippetXml) : "the README's pom snippet is not the sample pom's plugin block"
assert !samplePom.properties.children().any { it.name().startsWith('ucp.') } : 'the sample configures the plugin by property too'
// the snippet names this build's plugin, so it works pasted into a pom without a parent
assert snippetXml.version.text() == projectVersion : "the README's 3.x pom snippet's version is not ${projectVersion}"
assert samplePom.parent.version.text() == projectVersion : "the sample's parent is not ${projectVersion}"
def outputDir = snippetXml.configuration.outputDirectory.text()
assert outputDir
def artifacts = listed.findAll { it.startsWith(outputDir + '/') }.collect { it.substring(outputDir.length() + 1) }.sort()
assert artifacts.contains("${samplePom.artifactId}.yml".toString()) : 'the layout lists no stack file'
def inputs = listed.findAll { !it.startsWith(outputDir + '/') && it != 'pom.xml' }.sort()

// --- the commands -----------------------------------------------------------------------------------
def commands = block(readmeText, 'commands').readLines()*.trim().findAll { it && !it.startsWith('#') }
assert commands.size() == 3 && commands[0].startsWith('mvn ') && commands[1].startsWith('mvn ') : commands
def (generate, verify, deploy) = commands
// the summary line quoted in the paragraph above the commands, whatever its line breaks
def above = readmeText.substring(readmeText.indexOf('<!-- quickstart3:pom:end -->'), readmeText.indexOf('<!-- quickstart3:commands:begin -->'))
def quoted = above.replaceAll(/\s*\n\s*/, ' ') =~ /the summary says `([^`]+)`/
assert quoted.find() : 'the README quotes no summary line above the commands'
def summary = quoted.group(1)

// --- the tools: `mvn` is this build's Maven on the outer repository, docker the real CLI -------------
def dockerCli = System.getenv('PATH').split(':').collect { new File(it, 'docker') }.find { it.canExecute() }
assert dockerCli : 'the Docker CLI (docker stack config) is not on the PATH: install the client, this test needs it'

def work = new File(basedir, 'work')
work.deleteDir()
work.mkdirs()
def bin = evaluate(new File(nestedMaven))(work, outerRepository, localRepositoryPath)

// every process is bounded: killed with its children when over its time
def sh = { File dir, String command, long seconds = 60 ->
    def log = new File(work, "step-${System.nanoTime()}.log")
    def pb = new ProcessBuilder('sh', '-c', command).directory(dir).redirectErrorStream(true).redirectOutput(log)
    def env = pb.environment()
    env.put('PATH', bin.path + ':' + env.get('PATH'))
    ['GIT_AUTHOR_NAME', 'GIT_COMMITTER_NAME'].each { env.put(it, 'ucp it') }
    ['GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_EMAIL'].each { env.put(it, 'it@example.com') }
    env.put('GIT_CONFIG_NOSYSTEM', '1')
    env.put('GIT_CONFIG_GLOBAL', '/dev/null')
    env.put('DOCKER_CONFIG', new File(work, 'docker-config').path) // whatever the CLI writes stays in work
    env.remove('MAVEN_OPTS')
    def p = pb.start()
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.toHandle().descendants().forEach { it.destroyForcibly() }
        p.destroyForcibly()
        assert false : "timed out after ${seconds}s: ${command}\n${log.getText('UTF-8')}"
    }
    println "[${p.exitValue()}] ${command} (in ${dir.name})"
    [exit: p.exitValue(), log: log.getText('UTF-8')]
}
String tree(File dir) {
    def sb = new StringBuilder()
    dir.eachFileRecurse { f -> if (f.isFile()) sb << f.path.substring(dir.path.length()) << ' ' << f.bytes.encodeHex() << '\n' }
    return sb.toString()
}

// --- a fresh repository of the app's inputs: the sample without its pom, artifacts and build output ---
def app = new File(work, samplePom.artifactId.text())
def copied = []
Files.walk(sample.toPath()).forEach { p ->
    def rel = sample.toPath().relativize(p).toString().replace(File.separator, '/')
    if (rel == 'pom.xml' || rel == 'target' || rel.startsWith('target/') || rel == outputDir || rel.startsWith(outputDir + '/')) {
        return
    }
    def target = app.toPath().resolve(rel)
    if (Files.isDirectory(p)) { Files.createDirectories(target) } else { Files.copy(p, target); copied << rel }
}
assert copied.sort() == inputs : "the layout does not list the sample's inputs: it lists ${inputs}, the sample has ${copied}"
new File(app, '.gitignore').text = 'target/\n'
// the snippet pasted into an app's own pom, as a user starts one
new File(app, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.ucpkit.it</groupId>
  <artifactId>${samplePom.artifactId}</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.outputTimestamp>2026-11-26T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
${pomSnippet}
    </plugins>
  </build>
</project>
"""
assert sh(app, 'git init -q && git add -A && git commit -q -m inputs').exit == 0

// (1) generate writes the layout's artifacts, the bytes the sample commits, and prints the summary
def generated = sh(app, generate, 300)
assert generated.exit == 0 : "${generate} failed:\n${generated.log}"
assert generated.log.contains(summary) : "the output lacks the README's summary `${summary}`:\n${generated.log}"
def out = new File(app, outputDir)
assert out.list().findAll { !it.startsWith('.') }.sort() == artifacts : "${generate} wrote ${out.list()}, the layout lists ${artifacts}"
artifacts.each { a ->
    assert new File(out, a).bytes == new File(sample, "${outputDir}/${a}").bytes : "the sample's committed ${a} is not what ${generate} writes"
}
assert sh(app, 'git add -A && git commit -q -m "generated artifacts"').exit == 0

// (2) verify passes on the commit and changes nothing
def current = sh(app, verify, 300)
assert current.exit == 0 : "${verify} failed on a current commit:\n${current.log}"
assert current.log.contains('are up to date') : current.log
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : "${verify} modified the checkout"

// (3) `docker stack deploy` needs a Docker engine in swarm mode, which this machine has not (the CLI
// client only). `docker stack config` runs the same loader on the same -c file (interpolation, the
// stack schema, relative paths resolved against the file's folder) and stops before talking to the
// engine, so it stands in for deploy; it takes no stack name, so the name is checked instead.
def words = deploy.split(/\s+/) as List
assert words.size() == 6 && words[0..3] == ['docker', 'stack', 'deploy', '-c'] : "not a docker stack deploy -c command: ${deploy}"
def (stackFile, stackName) = [words[4], words[5]]
assert stackName == samplePom.artifactId.text() : "the stack is not named after the project: ${stackName}"
assert new File(app, stackFile).readLines().contains("#   ${deploy}".toString()) : "the stack file's header does not give: ${deploy}"
def secret = new File(app, 'secrets/db_password.txt').toPath().toRealPath().toString()
def configFrom = { File dir, String file ->
    def command = "${words[0]} ${words[1]} config -c ${file}"
    def r = sh(dir, command)
    assert r.exit == 0 : "${command} failed:\n${r.log}"
    assert r.log.contains("file: ${secret}\n") : "the secret is not the project's ${secret}:\n${r.log}"
    r.log
}
def fromRoot = configFrom(app, stackFile)
def elsewhere = new File(work, 'elsewhere')
elsewhere.mkdirs()
def fromElsewhere = configFrom(elsewhere, "../${app.name}/${stackFile}")
assert fromElsewhere == fromRoot : 'the stack file loads differently from another directory'

// (4) a commit that changes an input but not the artifacts: verify fails with the drift, touching nothing
def compose = new File(app, 'docker-compose.yml')
def edited = compose.text.replace('com.docker.lb.hosts: "vote.example.com"', 'com.docker.lb.hosts: "ballot.example.com"')
assert edited != compose.text : 'the sample has no com.docker.lb.hosts "vote.example.com" to change'
compose.text = edited
assert sh(app, 'git commit -q -am "rename vote to ballot, forgetting to regenerate"').exit == 0
def before = tree(out)
def stale = sh(app, verify, 300)
assert stale.exit != 0 : "${verify} passed on stale artifacts:\n${stale.log}"
assert stale.log.contains('nginx.conf is changed') && stale.log.contains('ballot.example.com') : "no drift message:\n${stale.log}"
assert stale.log.contains(generate) : "the failure does not name the fixing command:\n${stale.log}"
assert tree(out) == before : "${verify} changed ${outputDir}"
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : "${verify} modified the checkout"

// everything this test made is under work; kept only when an assertion above failed, to look at
work.deleteDir()
assert !work.exists()
true
