def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] apps/results.yml:6:16: COMPOSE-NET-001 service "result-app" joins network "resultapp"')
def html = new File(basedir, 'target/ucp-reports/report.html').text
// the footer names the plugin's version, read from its jar's manifest
assert html.contains("<footer><p class=\"empty\">ucp-maven-plugin ${projectVersion}</p></footer>")
// counts in words
assert html.contains('<h3>apps/results.yml <span class="sev error">1 error</span></h3>')
assert !html.contains('1 errors')
// the cluster is drawn with its name, and the route of the file that loaded; the broken file's is not
assert html.contains('<h2>Cluster prod</h2>')
def svg = html.substring(html.indexOf('<svg'), html.indexOf('</svg>'))
assert svg.contains('>vote.example.com</text>')
assert !svg.contains('results.example.com')
assert svg.contains('(the records are shown once the build has no errors)')
true
