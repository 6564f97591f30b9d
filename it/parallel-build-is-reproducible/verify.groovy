def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 4') : 'the second build ran multi-threaded'
['votes', 'shop', 'blog', 'portal'].each { m ->
  def serial = new File(basedir, "$m/target/serial")
  def parallel = new File(basedir, "$m/target/parallel")
  def names = serial.list().toList().sort()
  assert names.size() == 6 : "$m: $names"
  assert parallel.list().toList().sort() == names
  names.each { n ->
    // the app file's deploy command names the file where it was written, the one intended difference
    def expected = new String(new File(serial, n).bytes, 'UTF-8').replace('-f target/serial/', '-f target/parallel/')
    assert expected == new String(new File(parallel, n).bytes, 'UTF-8') : "$m/$n differs between the serial and the -T 4 build"
  }
}
true
