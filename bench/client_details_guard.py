"""Time the supervision log's client-details guard on long texts: it must grow linearly with the length.

Run: .venv/bin/python -m bench.client_details_guard
Prints, for 10 kB, 100 kB and 1 MB, the guard's time on ordinary prose and on the shapes that made the
old patterns backtrack (letters without an "@", digit runs, dots after an "@"), and the time per kB.
No database is needed.
"""

import os
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")

import django  # noqa: E402

django.setup()

from mentoring.client_details import client_details_found  # noqa: E402

PROSE = "Kävimme läpi vapaaehtoistyön rajat ja sovimme seuraavasta tapaamisesta klo 0815–1000. "
SHAPES = {
    "prose": PROSE,
    "letters without @": "a",
    "digit runs": "0" * 50 + " ",
    "dots after @": "a@" + "b." * 30,
    "many @": "a@",
}
SIZES = {"10 kB": 10_000, "100 kB": 100_000, "1 MB": 1_000_000}


def best_of(runs, text):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client_details_found(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    print(f"{'text':<20}" + "".join(f"{size:>12}" for size in SIZES) + f"{'ms per kB (1 MB)':>20}")
    for name, unit in SHAPES.items():
        row = []
        for size in SIZES.values():
            text = (unit * (size // len(unit) + 1))[:size]
            row.append(best_of(3, text))
        per_kb = row[-1] * 1000 / 1000
        print(f"{name:<20}" + "".join(f"{seconds * 1000:>10.1f}ms" for seconds in row) + f"{per_kb:>18.3f}ms")


if __name__ == "__main__":
    main()
