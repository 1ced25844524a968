#!/usr/bin/env python3
"""bench/pair.py - paired timings of bench/programs: Go binary, two minigo builds, Lua.

Usage: bench/pair.py [-n RUNS] [-gobin DIR] [-base MINIGO] [-new MINIGO] PROG...
Runs each program's commands one after the other, RUNS rounds, and prints the best
wall and the best user+sys seconds of each, and each one's ratio to Go. Alternating the
commands inside a round is what makes the pair comparable on a loaded machine; user+sys
moves less with the load than wall time does. DIR holds PROG.bin built with
  mkdir -p DIR && cp bench/programs/PROG.mg DIR/PROG.go && (cd DIR && go build -o PROG.bin PROG.go)
"""
import argparse, os, subprocess, time

ap = argparse.ArgumentParser()
ap.add_argument('-n', type=int, default=5)
ap.add_argument('-gobin', default='/tmp/gob')
ap.add_argument('-base', default=None)
ap.add_argument('-new', default='build/minigo')
ap.add_argument('progs', nargs='+')
a = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
for p in a.progs:
    src = os.path.join(here, 'programs', p)
    cmds = [('go', [os.path.join(a.gobin, p + '.bin')])]
    if a.base:
        cmds.append(('base', [a.base, 'run', src + '.mg']))
    cmds.append(('new', [a.new, 'run', src + '.mg']))
    if os.path.exists(src + '.lua'):
        cmds.append(('lua', ['lua5.4', src + '.lua']))
    wall = {k: float('inf') for k, _ in cmds}
    cpu = dict(wall)
    for _ in range(a.n):
        for k, c in cmds:
            t = time.perf_counter()
            pr = subprocess.Popen(c, stdout=subprocess.DEVNULL)
            _, st, ru = os.wait4(pr.pid, 0)
            if st != 0:
                raise SystemExit('%s: exit status %d' % (' '.join(c), st))
            wall[k] = min(wall[k], time.perf_counter() - t)
            cpu[k] = min(cpu[k], ru.ru_utime + ru.ru_stime)
    for name, best in (('wall', wall), ('cpu', cpu)):
        print('%-12s %-4s' % (p, name), ' '.join('%s=%.3f' % (k, best[k]) for k, _ in cmds),
              '| x go', ' '.join('%s=%.2f' % (k, best[k] / best['go']) for k, _ in cmds if k != 'go'),
              flush=True)
