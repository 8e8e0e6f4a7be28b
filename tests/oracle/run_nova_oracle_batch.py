#!/usr/bin/python3
"""Runs the real-Nova oracle (nova_oracle.py) on many input files in ONE process.

Usage: /usr/bin/python3 run_nova_oracle_batch.py --oracle-dir DIR --out OUTDIR IN.json...
       (or --in-dir INDIR for every *.json in it, sorted)

Writes OUTDIR/<name>.out.json per input, exactly what
`nova_oracle.py < IN.json` prints. Importing nova takes about a second, so the
module is imported once and its main() is called per case with stdin/stdout
redirected. State the oracle leaves behind is reset between cases: every
oslo.config override it set is cleared (apply_config is wrapped to record
them) and random is re-seeded by main() itself. An exception escaping main()
(the oracle only catches those of its scheduling section) is written as
{"oracle_exception": "..."}.

--check-alone K re-runs K evenly spaced cases in a fresh interpreter each and
fails if any output differs from the batch output (guards the reset above).
"""
import argparse
import io
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--oracle-dir', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--in-dir')
    ap.add_argument('--check-alone', type=int, default=0)
    ap.add_argument('inputs', nargs='*')
    a = ap.parse_args()
    inputs = list(a.inputs)
    if a.in_dir:
        inputs += [os.path.join(a.in_dir, n) for n in sorted(os.listdir(a.in_dir))
                   if n.endswith('.json')]
    os.makedirs(a.out, exist_ok=True)

    sys.path.insert(0, a.oracle_dir)
    sys.dont_write_bytecode = True  # leave the oracles folder as it is
    import nova_oracle  # noqa: E402  (imports nova, registers objects, parses CONF)
    import logging
    logging.disable(logging.CRITICAL)  # nova's warnings would go to stderr

    applied = []
    real_apply = nova_oracle.apply_config

    def recording_apply(cfg):
        for group, opts in (cfg or {}).items():
            g = None if group in ('DEFAULT', None, '') else group
            for k in opts:
                applied.append((k, g))
        real_apply(cfg)
    nova_oracle.apply_config = recording_apply

    real_stdin, real_stdout = sys.stdin, sys.stdout
    outputs = {}
    for path in inputs:
        with open(path) as f:
            text = f.read()
        sys.stdin = io.StringIO(text)
        buf = io.StringIO()
        sys.stdout = buf
        try:
            nova_oracle.main()
            result = buf.getvalue()
        except Exception as e:  # noqa: BLE001
            result = json.dumps({'oracle_exception': '%s: %s' % (e.__class__.__name__, e)},
                                indent=1, sort_keys=True) + '\n'
        finally:
            sys.stdin, sys.stdout = real_stdin, real_stdout
            for k, g in applied:
                nova_oracle.CONF.clear_override(k, group=g)
            applied.clear()
        out_path = os.path.join(a.out, os.path.basename(path)[:-len('.json')] + '.out.json')
        with open(out_path, 'w') as f:
            f.write(result)
        outputs[path] = (out_path, result)

    if a.check_alone and inputs:
        step = max(1, len(inputs) // a.check_alone)
        bad = 0
        for path in inputs[::step][:a.check_alone]:
            with open(path) as f:
                alone = subprocess.run([sys.executable, os.path.join(a.oracle_dir, 'nova_oracle.py')],
                                       stdin=f, capture_output=True, text=True).stdout
            batch = outputs[path][1]
            # every output key is deterministic: any difference is state leaked between cases
            if not alone.strip() or json.loads(alone) != json.loads(batch):
                bad += 1
                print('batch/alone differ: %s' % path, file=sys.stderr)
        print('check-alone: %d cases, %d differ' % (min(a.check_alone, len(inputs[::step])), bad),
              file=sys.stderr)
        if bad:
            sys.exit(1)


if __name__ == '__main__':
    main()
