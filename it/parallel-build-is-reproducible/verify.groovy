def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 4') : 'the second build ran multi-threaded'
['votes', 'shop', 'blog', 'portal'].each { m ->
  def serial = new File(basedir, "$m/target/serial")
  def parallel = new File(basedir, "$m/target/parallel")
  def names = serial.list().toList().sort()
  assert names.size() == 6 : "$m: $names"
  assert parallel.list().toList().sort() == names
  names.each { n ->
    // an app artifact's deploy command names the file where it was written (-f target/serial/votes.yml):
    // the one difference the two output directories may make
    def expected = new String(new File(serial, n).bytes, 'UTF-8').replace('-f target/serial/', '-f target/parallel/')
    assert Arrays.equals(expected.getBytes('UTF-8'), new File(parallel, n).bytes) : "$m/$n differs between the serial and the -T 4 build"
  }
}
true
