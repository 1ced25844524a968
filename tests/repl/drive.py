#!/usr/bin/env python3
"""drive.py - tests the REPL (cmd/repl.c, cmd/lineedit.c) through a pseudo-terminal.

Run by `make test` as a unit (tests/runner.c sets $MINIGO). Each case starts
`minigo repl` (or plain `minigo`) on a fresh pty, types keys as a user would
(arrows and Backspace included) and waits for the text the REPL must show;
what it shows is compared as a terminal would display it (a small emulation of
the few control sequences the line editor sends).
Prints "ok   NAME" or "FAIL NAME" per case and exits 1 if any failed.
"""
import os
import pty
import re
import select
import subprocess
import sys
import time

MINIGO = os.environ.get("MINIGO", "build/minigo")
CSI = re.compile(r"\x1b\[([0-9]*)([A-Za-z])")
UP, LEFT, BS, CTRL_A, CTRL_C, CTRL_D = b"\x1b[A", b"\x1b[D", b"\x7f", b"\x01", b"\x03", b"\x04"


class Session:
    def __init__(self, args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(MINIGO, [MINIGO] + args)
        self.raw = b""
        self.mark = 0  # expect() searches the text shown since the last send()

    def text(self):
        """The screen as a terminal would show it: "\\r" returns to column 0, ESC[K
        clears to the end of the line, ESC[nD moves left, other bytes overwrite."""
        lines, col = [[]], 0
        data = self.raw.decode("utf-8", "replace")
        i = 0
        while i < len(data):
            c = data[i]
            cur = lines[-1]
            m = CSI.match(data, i)
            if m:
                n, op = int(m.group(1) or "1"), m.group(2)
                if op == "K":
                    del cur[col:]
                elif op == "D":
                    col = max(0, col - n)
                elif op == "C":
                    col += n
                i = m.end()
                continue
            if c == "\r":
                col = 0
            elif c == "\n":
                lines.append([])
                col = 0
            else:
                cur.extend(" " * (col - len(cur)))
                if col < len(cur):
                    cur[col] = c
                else:
                    cur.append(c)
                col += 1
            i += 1
        return "\n".join("".join(line) for line in lines)

    def line_start(self):
        """Where the screen's last line begins in text()."""
        t = self.text()
        return t.rfind("\n") + 1

    def read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        return True

    def send(self, keys):
        self.mark = self.line_start()  # the line being typed on is part of what follows
        os.write(self.fd, keys)

    def expect(self, pattern, timeout=10.0):
        """Waits until the text since the last send matches pattern (a regexp)."""
        end = time.time() + timeout
        while True:
            m = re.search(pattern, self.text()[self.mark:], re.M)
            if m:
                return m
            left = end - time.time()
            if left <= 0 or not self.read(left):
                if re.search(pattern, self.text()[self.mark:], re.M):
                    return True
                raise AssertionError("no %r in %r" % (pattern, self.text()[self.mark:]))

    def line(self, keys, pattern, timeout=10.0):
        self.send(keys)
        return self.expect(pattern, timeout)

    def wait_exit(self, timeout=10.0):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read(0.05)
        raise AssertionError("the REPL did not exit")

    def close(self):
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def case_persist_and_expressions(s):
    s.expect(r">>> $")
    s.line(b"x := 5\r", r"\n>>> $")
    s.line(b"x * 2\r", r"^10\n>>> $")
    s.line(b'name := "go"\r', r"\n>>> $")
    s.line(b"name + name\r", r"^gogo\n>>> $")  # %v: no quotes
    s.line(b"[]int{x, x + 1}\r", r"^\[5 6\]\n>>> $")


def case_history_and_editing(s):
    s.expect(r">>> $")
    s.line(b"x := 5\r", r"\n>>> $")
    s.line(b"x + 100\r", r"^105\n>>> $")
    # Up recalls "x + 100"; three Backspaces leave "x + "; type 7
    s.line(UP + BS + BS + BS + b"7\r", r"^>>> x \+ 7\n12\n>>> $")
    # Up again: "x + 7"; Left goes before the 7; "1" makes it "x + 17"
    s.line(UP + LEFT + b"1\r", r"^>>> x \+ 17\n22\n>>> $")
    # Ctrl-A: to the start of the line; "2*" makes "2*x + 17"
    s.line(UP + CTRL_A + b"2*\r", r"^27\n>>> $")
    # Up twice goes back past "x + 17" to "x + 17"'s predecessor "x + 7"
    s.line(UP + UP + UP + b"\r", r"^12\n>>> $")


def case_multiline(s):
    s.expect(r">>> $")
    s.line(b"add := func(a, b int) int {\r", r"\n\.\.\. $")
    s.line(b"return a + b\r", r"\n\.\.\. $")
    s.line(b"}\r", r"\n>>> $")
    s.line(b"add(2, 3)\r", r"^5\n>>> $")
    s.line(b"for i := 0; i < 3; i++ {\r", r"\n\.\.\. $")
    s.line(b'fmt.Println("it", i)\r', r"\n\.\.\. $")
    s.line(b"}\r", r"^it 0\nit 1\nit 2\n>>> $")
    s.line(b"func twice(n int) int { return 2 * n }\r", r"\n>>> $")
    s.line(b"twice(add(1, 1))\r", r"^4\n>>> $")


def case_panic_continues(s):
    s.expect(r">>> $")
    s.line(b"x := 5\r", r"\n>>> $")
    s.line(b"var m map[string]int\r", r"\n>>> $")
    s.line(b'm["a"] = 1\r', r"^panic: assignment to entry in nil map\n(.*\n)*>>> $")
    s.line(b"x\r", r"^5\n>>> $")
    s.line(b"var a []int\r", r"\n>>> $")
    s.line(b"a[3]\r", r"^panic: runtime error: index out of range \[3\] with length 0\n")
    s.expect(r">>> $")
    s.line(b"x + 1\r", r"^6\n>>> $")


def case_compile_error(s):
    s.expect(r">>> $")
    s.line(b"x := 1\r", r"\n>>> $")
    s.line(b"x + nope\r", r"^repl:1:5: undefined: nope\n>>> $")
    s.line(b'x = "s"\r', r"^repl:1:5: cannot use \"s\" .*\n>>> $")
    s.line(b"x\r", r"^1\n>>> $")


def case_background_goroutine(s):
    s.expect(r">>> $")
    s.line(b"gate, done := make(chan bool), make(chan bool)\r", r"\n>>> $")
    # the prompt comes back although the goroutine cannot finish yet
    s.line(b'go func() { <-gate; time.Sleep(300 * time.Millisecond); fmt.Println("from the background"); done <- true }()\r',
           r"\n>>> $")
    s.line(b"close(gate)\r", r"\n>>> $")
    # nothing typed: the goroutine prints while the REPL waits at its prompt
    s.expect(r"^from the background\n>>> $")
    s.line(b"<-done\r", r"^true\n>>> $")


def case_background_panic(s):
    s.expect(r">>> $")
    s.line(b"x := 1\r", r"\n>>> $")
    s.line(b'go func() { time.Sleep(200 * time.Millisecond); panic("late") }()\r', r"\n>>> $")
    # the session program dies as a Go program would; the REPL starts an empty one
    s.expect(r"^panic: late\n(.*\n)*minigo: the session program ended; starting an empty session\n>>> $")
    s.line(b"x\r", r"^repl:1:1: undefined: x\n>>> $")
    s.line(b"2 + 2\r", r"^4\n>>> $")


def case_side_effects_not_repeated(s):
    s.expect(r">>> $")
    s.line(b'fmt.Println("once")\r', r"^once\n>>> $")
    s.line(b"1 + 1\r", r"^2\n>>> $")
    assert "once" not in s.text()[s.mark:], "an earlier entry's output was shown again"


def case_ctrl_c_clears(s):
    s.expect(r">>> $")
    s.line(b"x := 3\r", r"\n>>> $")
    s.line(b"garbage" + CTRL_C, r"\^C\n>>> $")
    s.line(b"x\r", r"^3\n>>> $")
    s.line(b"for {\r", r"\n\.\.\. $")
    s.line(CTRL_C, r"\^C\n>>> $")  # drops the unfinished entry too
    s.line(b"x\r", r"^3\n>>> $")


def case_ctrl_c_stops_a_running_entry(s):
    s.expect(r">>> $")
    s.line(b"x := 7\r", r"\n>>> $")
    s.line(b"for {}\r", r"^>>> for \{\}\n$")
    time.sleep(0.3)
    assert not s.text()[s.mark:].endswith(">>> "), "for {} finished"
    s.line(CTRL_C, r"\^C\n>>> $")
    s.line(b"x\r", r"^7\n>>> $")


def case_ctrl_d_exits(s):
    s.expect(r">>> $")
    s.line(b"x := 1\r", r"\n>>> $")
    s.send(CTRL_D)
    status = s.wait_exit()
    assert status == 0, "exit status %d" % status


def case_no_arguments_on_a_terminal(s):
    s.expect(r">>> $")
    s.line(b"1 + 1\r", r"^2\n>>> $")
    s.send(CTRL_D)
    status = s.wait_exit()
    assert status == 0, "exit status %d" % status


def plain_input():
    """Not a terminal: lines from stdin, no prompts, no editing."""
    src = b'x := 2\nx * 3\nfunc f() {\n\tfmt.Println("f")\n}\nf()\nundefinedName\nx\n'
    p = subprocess.run([MINIGO, "repl"], input=src, capture_output=True, timeout=30)
    assert p.returncode == 0, "exit status %d" % p.returncode
    assert p.stdout == b"6\nf\n2\n", "stdout %r" % p.stdout
    assert p.stderr == b"repl:1:1: undefined: undefinedName\n", "stderr %r" % p.stderr
    # positions: columns as typed, lines of the entry a panic's frame falls in
    src = (b'x := 1\n  x + "s"\nsum := 1 +\n\t2\nsum\nf := func(n int) int {\n\tif n == 0 {\n'
           b'\t\tpanic("zero")\n\t}\n\treturn n\n}\nf(0)\nf(4)\n')
    p = subprocess.run([MINIGO, "repl"], input=src, capture_output=True, timeout=30)
    assert p.returncode == 0, "exit status %d" % p.returncode
    assert p.stdout == b"3\n4\n", "stdout %r" % p.stdout
    err = p.stderr.decode()
    assert err.startswith('repl:1:3: invalid operation: x + "s" (mismatched types int and untyped string)\n'
                          "panic: zero\n\ngoroutine 1 [running]:\n"), "stderr %r" % err
    assert "\trepl:3\n" in err and "\trepl:1\n" in err, "stderr %r" % err
    q = subprocess.run([MINIGO], stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
    assert q.returncode == 2 and b"usage:" in q.stderr, "minigo alone without a terminal"


def main():
    cases = [
        ("persist-and-expressions", ["repl"], case_persist_and_expressions),
        ("history-and-editing", ["repl"], case_history_and_editing),
        ("multiline", ["repl"], case_multiline),
        ("panic-continues", ["repl"], case_panic_continues),
        ("compile-error", ["repl"], case_compile_error),
        ("background-goroutine", ["repl"], case_background_goroutine),
        ("background-panic", ["repl"], case_background_panic),
        ("side-effects-not-repeated", ["repl"], case_side_effects_not_repeated),
        ("ctrl-c-clears", ["repl"], case_ctrl_c_clears),
        ("ctrl-c-stops-a-running-entry", ["repl"], case_ctrl_c_stops_a_running_entry),
        ("ctrl-d-exits", ["repl"], case_ctrl_d_exits),
        ("no-arguments-on-a-terminal", [], case_no_arguments_on_a_terminal),
    ]
    passed = failed = 0
    for name, args, fn in cases:
        s = Session(args)
        try:
            fn(s)
            print("ok   " + name)
            passed += 1
        except Exception as e:  # noqa: a failed case is reported, the others still run
            print("FAIL %s: %s" % (name, e))
            failed += 1
        finally:
            s.close()
    try:
        plain_input()
        print("ok   plain-input")
        passed += 1
    except Exception as e:
        print("FAIL plain-input: %s" % e)
        failed += 1
    print("repl: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
