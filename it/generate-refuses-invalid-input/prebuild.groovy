// a previous, successful generation left this artifact; the failing run must not touch it
def out = new File(basedir, 'target/ucp')
out.mkdirs()
new File(out, 'haproxy.cfg').text = 'previous artifact\n'
true
