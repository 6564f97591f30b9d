import java.nio.file.Files
// someone planted a link where haproxy.cfg will be written, pointing at a file outside the output
def secret = new File(basedir, 'secret.txt')
secret.text = 'do not overwrite\n'
def out = new File(basedir, 'target/ucp')
out.mkdirs()
Files.createSymbolicLink(new File(out, 'haproxy.cfg').toPath(), secret.toPath())
true
