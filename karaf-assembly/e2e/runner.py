"""What both end-to-end test files share: a work directory, the things to stop whatever happens, and a test
runner that counts a skip (or a test its setUpClass never let run) as a failure and prints timings and the
closing `N passed, N failed` line."""

import atexit
import glob
import os
import shutil
import signal
import sys
import tempfile
import time
import unittest

import pbx


class Run:
    """One run of a test file: its work directory (made on first use) and the servers and clients to stop."""

    def __init__(self, prefix, kept_note, before_stop=None):
        self.prefix = prefix
        self.kept_note = kept_note
        self.before_stop = before_stop
        self.live = []  # distributions and database servers, stopped last in first out
        self._root = None
        atexit.register(self.stop_everything)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    def workroot(self):
        if self._root is None:
            self._root = tempfile.mkdtemp(prefix=self.prefix)
        return self._root

    def stop(self, thing):
        """Stops one server now (a test class's distribution in tearDownClass), clients first."""
        if self.before_stop:
            self.before_stop()
        if thing is not None:
            thing.stop()
            if thing in self.live:
                self.live.remove(thing)

    def stop_everything(self):
        if self.before_stop:
            self.before_stop()
        while self.live:
            thing = self.live.pop()
            try:
                thing.stop()
            except Exception as e:  # keep stopping the others
                print("cleanup: stopping %r failed: %s" % (thing, e), file=sys.stderr)

    def clean_up(self, passed):
        """Removes the work directory after a good run; after a failed one keeps it without the bulky copies
        of the distribution (system/, lib/, caches)."""
        if self._root is None:
            return
        if passed:
            shutil.rmtree(self._root, ignore_errors=True)
            return
        for home in glob.glob(os.path.join(self._root, "*", pbx.DIST_NAME)):
            for bulky in ("system", "lib", os.path.join("data", "cache"), os.path.join("data", "tmp"),
                          os.path.join("data", "generated-bundles"), os.path.join("data", "kar")):
                shutil.rmtree(os.path.join(home, bulky), ignore_errors=True)
        print("work directory kept for inspection (%s): %s" % (self.kept_note, self._root))


class _Result(unittest.TextTestResult):
    """Times each test, prints the Karaf log tail of a failing test's distribution once, and remembers which
    tests started and which failed (a test with failing subtests counts once)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.started_ids = set()
        self.failed_ids = set()
        self.durations = {}
        self._t0 = {}
        self._tailed = set()

    def startTest(self, test):
        super().startTest(test)
        self.started_ids.add(test.id())
        self._t0[test.id()] = time.time()

    def stopTest(self, test):
        super().stopTest(test)
        if test.id() in self._t0:
            self.durations[test.id()] = time.time() - self._t0[test.id()]

    def _failed(self, test):
        self.failed_ids.add(test.id())
        if test.id() in self._tailed:
            return
        self._tailed.add(test.id())
        dist = getattr(type(test), "dist", None)
        if isinstance(dist, pbx.Distribution):
            self.stream.writeln("\n" + dist.log_tail(40))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._failed(test)

    def addError(self, test, err):
        super().addError(test, err)
        self._failed(test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._failed(test)

    def addSkip(self, test, reason):  # nothing may be skipped: a skip is a failure
        super().addSkip(test, reason)
        self.failed_ids.add(test.id())

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.failed_ids.add(test.id())


def _test_ids(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _test_ids(t)
        else:
            yield t.id()


def run_module(module, argv, run):
    """Runs the module's tests (or those named in argv); returns the exit status."""
    names = [a for a in argv if not a.startswith("-")]
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromNames(names, module) if names else loader.loadTestsFromModule(module)
    all_ids = set(_test_ids(suite))  # before running: a suite drops its tests as they finish
    started = time.time()
    runner = unittest.TextTestRunner(verbosity=2, resultclass=_Result, stream=sys.stdout)
    try:
        result = runner.run(suite)
    finally:
        run.stop_everything()
    # A test passes when it ran without failure, error or skip. A test that never ran because its class's
    # setUpClass failed counts as failed; an error outside any test (tearDownClass) counts as one more.
    passed_ids = result.started_ids - result.failed_ids
    passed = len(passed_ids)
    failed = len(all_ids - passed_ids) + len([i for i in result.failed_ids if i not in all_ids])
    for tid, d in sorted(result.durations.items()):
        print("  %6.1f s  %s  %s" % (d, "ok  " if tid in passed_ids else "FAIL", tid.split(".", 1)[-1]))
    if result.skipped:
        print("skipped tests count as failed: %s" % [str(t) for t, _ in result.skipped])
    run.clean_up(failed == 0)
    print("run time %.1f s" % (time.time() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 and result.wasSuccessful() else 1
