"""`make bench`: run every benchmark in this folder, each in its own process and throwaway database."""

import pkgutil
import subprocess
import sys
from pathlib import Path

failed = 0
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if not m.name.startswith("_")):
    print(f"== bench.{module}", flush=True)
    failed |= subprocess.call([sys.executable, "-m", f"bench.{module}"])
sys.exit(failed)
