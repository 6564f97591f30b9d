def log = new File(basedir, 'build.log').text
// the first build runs in full and writes the artifacts
assert log.contains('ucp: 5 artifact(s) written')
// the second finds every goal's inputs unchanged: nothing is read into the model or rendered again
def reused = log.count('(inputs unchanged since the last run; its results are reused)')
assert reused == 3 : "expected validate, generate and check to reuse their results, saw ${reused}"
assert log.contains('ucp: 0 artifact(s) written, 5 unchanged')
assert new File(basedir, 'target/ucp-cache/generate.cache').isFile()
assert new File(basedir, 'target/ucp-reports/report.html').text.contains('<svg')
assert !log.contains('BUILD FAILURE')
true
