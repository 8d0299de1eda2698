"""The cdk8s app entry (`cdk8s synth`, `python main.py`): `tokenplane synth` with defaults.

Writes to `$CDK8S_OUTDIR` when cdk8s sets it, else to dist/. Run it from the repository root,
never as a path inside tokenplane/ (that would shadow the `constructs` library).
"""

import os
import sys

from tokenplane.cli import main

if __name__ == "__main__":
    sys.exit(main(["synth", "--out", os.environ.get("CDK8S_OUTDIR", "dist")]))
