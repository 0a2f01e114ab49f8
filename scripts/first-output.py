#!/usr/bin/env python3
"""Time to the first output of a command run on a pseudo-terminal (standard output and error
both on it, as in an interactive shell), each round with a new inventory (SHIRABE_INVENTORY,
SHIRABE_KEY_FILE under /tmp), as a first scan. Prints each round and the medians.

    python3 scripts/first-output.py 5 ./shirabe scan test-corpus
"""
import os, pty, sys, time, select, statistics

def once(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    t0 = time.monotonic()
    first_byte = first_line = None
    buf = b''
    while True:
        try:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                data = os.read(fd, 65536)
                if not data:
                    break
                now = time.monotonic() - t0
                if first_byte is None:
                    first_byte = now
                buf += data
                if first_line is None and (b'\n' in buf or b'\r' in buf.lstrip(b'\r')):
                    first_line = now
        except OSError:
            break
    os.waitpid(pid, 0)
    return first_byte, first_line, time.monotonic() - t0, buf

if __name__ == '__main__':
    rounds = int(sys.argv[1]); argv = sys.argv[2:]
    rows = []
    for i in range(rounds):
        env = dict(os.environ)
        inv = '/tmp/firstline-inv-%d' % os.getpid()
        os.system('rm -rf ' + inv)
        env['SHIRABE_INVENTORY'] = inv
        env['SHIRABE_KEY_FILE'] = inv + '.key'
        fb, fl, total, buf = once(argv, env)
        rows.append((fb, fl, total))
        print('round %d: first byte %.2f s, first line %.2f s, total %.2f s; first: %r' % (i + 1, fb, fl, total, buf[:90]), flush=True)
    for name, k in (('first byte', 0), ('first line', 1), ('total', 2)):
        print('median %s: %.2f s' % (name, statistics.median(r[k] for r in rows)))
