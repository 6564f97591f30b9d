# Runs `docker-compose -f PATH config -q` for every path read from stdin, in one Python process:
# docker-compose's own command-line entry point, called once per file, so each verdict is the
# program's verdict without paying its 0.7 s start-up per file. Prints one JSON line per path.
import contextlib
import io
import json
import sys

from compose.cli.main import main

for line in sys.stdin:
    path = line.rstrip("\n")
    sys.argv = ["docker-compose", "-f", path, "config", "-q"]
    out, err, code = io.StringIO(), io.StringIO(), 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException as e:  # a crash is a verdict too
            code = 1
            err.write(repr(e))
    sys.stdout.write(json.dumps({"exit": code, "stderr": err.getvalue()}) + "\n")
    sys.stdout.flush()
