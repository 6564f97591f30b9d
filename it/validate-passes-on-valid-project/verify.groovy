def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('ucp: 1 file checked, 0 errors')
def sarif = new File(basedir, 'target/ucp-reports/ucp.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"')
