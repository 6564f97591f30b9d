// The README's GitOps workflow, read from the README and run as a user would: the pom snippet, the
// local commands and the CI command, through real Maven and git. It must fail on a stale commit
// (non-zero, the diff, the fixing command, the output directory untouched) and pass on a current
// one, also in a fresh clone under another folder name and in a core.autocrlf=true clone.
import java.nio.file.Files
import java.util.concurrent.TimeUnit

def readmeText = new File(readme).getText('UTF-8')

String block(String text, String name) {
    def m = text =~ /(?s)<!-- gitops:${name}:begin -->\s*```[a-z]*\n(.*?)```\s*<!-- gitops:${name}:end -->/
    assert m.find() : "README has no gitops:${name} block"
    return m.group(1)
}

def pomSnippet = block(readmeText, 'pom')
def localCommands = block(readmeText, 'local').readLines().findAll { it.trim() && !it.trim().startsWith('#') }
def ciCommands = block(readmeText, 'ci').readLines().findAll { it.trim() && !it.trim().startsWith('#') }
assert ciCommands.size() == 1 : "one CI command, not ${ciCommands}"
def ciCommand = ciCommands[0].trim()

// the CI examples run exactly that command
assert block(readmeText, 'github').readLines().any { it.trim() == "- run: ${ciCommand}" } : 'the GitHub Actions example runs another command'
assert block(readmeText, 'gitlab').readLines().any { it.trim() == "- ${ciCommand}" } : 'the GitLab CI example runs another command'
// the snippet names this build's plugin
assert pomSnippet.contains("<version>${projectVersion}</version>") : "the README snippet's version is not ${projectVersion}"
def outputDir = (pomSnippet =~ /<outputDirectory>([^<]+)<\/outputDirectory>/)[0][1]

def work = new File(basedir, 'work')
work.deleteDir()
work.mkdirs()

// `mvn` on the PATH is this build's Maven, resolving from the build's repositories
def bin = evaluate(new File(nestedMaven))(work, outerRepository, localRepositoryPath)

def app = new File(work, 'voting-app')
def source = new File(basedir, 'app').toPath()
Files.walk(source).forEach { p ->
    def target = app.toPath().resolve(source.relativize(p).toString())
    if (Files.isDirectory(p)) { Files.createDirectories(target) } else { Files.copy(p, target) }
}
new File(app, '.gitignore').text = 'target/\n' // written here: the invoker does not copy dot files
new File(app, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.ucpkit.it</groupId>
  <artifactId>voting-app</artifactId>
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

String tree(File dir) {
    def sb = new StringBuilder()
    dir.eachFileRecurse { f -> if (f.isFile()) sb << f.path.substring(dir.path.length()) << ' ' << f.bytes.encodeHex() << '\n' }
    return sb.toString()
}

// a new repository: commit the inputs, then the documented local commands
assert sh(app, 'git init -q && git add -A && git commit -q -m inputs').exit == 0
localCommands.each { c ->
    def r = sh(app, c)
    assert r.exit == 0 : "documented local command failed: ${c}\n${r.log}"
}
assert new File(app, "${outputDir}/voting-app.yml").isFile() : 'generate wrote no app artifact'
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : 'the local commands left uncommitted changes'

// CI on the current commit passes and changes nothing
def current = sh(app, ciCommand)
assert current.exit == 0 : "CI failed on a current commit:\n${current.log}"
assert current.log.contains('are up to date')
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : 'CI modified the checkout'

// a fresh clone under another folder name, and a core.autocrlf=true clone, pass too
assert sh(work, 'git clone -q voting-app ci-workspace-2f9c').exit == 0
def renamed = sh(new File(work, 'ci-workspace-2f9c'), ciCommand)
assert renamed.exit == 0 : "a clone under another folder name fails check:\n${renamed.log}"
assert sh(work, 'git -c core.autocrlf=true clone -q voting-app crlf-clone').exit == 0
assert new File(work, "crlf-clone/${outputDir}/nginx.conf").text.contains('\r\n') : 'the autocrlf clone has no CRLF'
def crlf = sh(new File(work, 'crlf-clone'), ciCommand)
assert crlf.exit == 0 : "a core.autocrlf=true clone fails check:\n${crlf.log}"

// a commit that changes an input but not the artifacts: CI fails, says why, and touches nothing
def compose = new File(app, 'docker-compose.yml')
compose.text = compose.text.replace('interlock.hostname: "vote"', 'interlock.hostname: "ballot"')
assert sh(app, 'git commit -q -am "rename vote to ballot, forgetting to regenerate"').exit == 0
def before = tree(new File(app, outputDir))
def stale = sh(app, ciCommand)
assert stale.exit != 0 : "CI passed on stale artifacts:\n${stale.log}"
// every line of the README's example failure appears in the log (hunk positions aside)
def example = (readmeText =~ /(?s)When `deploy\/ucp` is stale.*?```\n(.*?)```/)[0][1]
example.readLines().findAll { !it.startsWith('[ERROR] @@') }.each { line ->
    assert stale.log.contains(line) : "the log lacks the README's line: ${line}\n${stale.log}"
}
assert tree(new File(app, outputDir)) == before : 'CI changed the output directory'
assert sh(app, 'test -z "$(git status --porcelain)"').exit == 0 : 'CI modified the checkout'
// a second run with the cache gives the same verdict
def again = sh(app, ciCommand)
assert again.exit != 0 && again.log.contains('nginx.conf is changed') : "a cached run turned the gate green:\n${again.log}"

// the documented fix makes it pass again
localCommands.each { c -> assert sh(app, c).exit == 0 }
assert sh(app, ciCommand).exit == 0
true
