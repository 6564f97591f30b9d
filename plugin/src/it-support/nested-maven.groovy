// For the ITs that run what the README tells a user: a `mvn` on a PATH of its own that is this
// build's Maven, resolving this build's plugin from the outer build's repository.
// Use: def bin = evaluate(new File(nestedMaven))(work, outerRepository, localRepositoryPath)
return { File work, outerRepository, localRepositoryPath ->
    def outer = new File(outerRepository.toString()).toURI()
    def settings = new File(work, 'settings.xml')
    settings.text = """<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>outer</id><url>${outer}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>outer</id><url>${outer}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
    def bin = new File(work, 'bin')
    bin.mkdirs()
    def mvn = new File(bin, 'mvn')
    mvn.text = "#!/bin/sh\nexec '${System.getProperty('maven.home')}/bin/mvn' -s '${settings}' -Dmaven.repo.local='${localRepositoryPath}' \"\$@\"\n"
    mvn.setExecutable(true)
    return bin
}
