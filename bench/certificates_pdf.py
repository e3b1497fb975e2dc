"""Time and peak memory to render 1,000 certificate PDFs, and their size.

Run: .venv/bin/python -m bench.certificates_pdf [count]
Uses a throwaway SQLite database and media folder, so it needs no services. The first pass is timed
without tracing; the second repeats the work under tracemalloc for the peak of Python allocations.
"""

import datetime
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
import warnings

warnings.filterwarnings("ignore", message="No directory at")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
_db = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
_media = tempfile.mkdtemp()
os.environ["DATABASE_URL"] = f"sqlite:///{_db.name}"
os.environ["MEDIA_ROOT"] = _media

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
NAMES = [("Máret", "Aikio"), ("Ǥeärgg", "Ǩiõʹlǯ"), ("Åsa", "Öhman"), ("Ánde", "Čuđŋšŧž"), ("Aino", "Korhonen")]


def _certificates():
    from django.contrib.auth import get_user_model

    from certificates.models import Certificate
    from courses.models import Course

    User = get_user_model()
    course = Course.objects.create(code="bench", version="1", title={"fi": "Linkkihenkilön peruskoulutus"})
    people = User.objects.bulk_create(
        [
            User(
                username=f"bench{i}",
                first_name=NAMES[i % 5][0],
                last_name=NAMES[i % 5][1],
                preferred_language=("fi", "sv", "en")[i % 3],
            )
            for i in range(COUNT)
        ]
    )
    issued = datetime.date(2026, 11, 25)
    Certificate.objects.bulk_create(
        [
            Certificate(
                holder=person,
                course=course,
                programme=course.code,
                number=f"LK-2026-{i + 1:06d}",
                issued_on=issued,
                valid_until=issued + datetime.timedelta(days=730),
                language=person.preferred_language,
            )
            for i, person in enumerate(people)
        ]
    )
    return list(Certificate.objects.select_related("holder", "course").order_by("pk"))


def _render_all(certificates):
    from certificates.services import render_certificate_pdf

    for certificate in certificates:
        render_certificate_pdf(certificate)


def main():
    call_command("migrate", verbosity=0)
    from certificates.models import CertificateDocument
    from certificates.pdf import certificate_fonts, certificate_pdf

    certificates = _certificates()
    certificate_fonts()
    certificate_pdf(certificates[0])  # fonts parsed and the signature drawn once, as in a warm worker
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    start, cpu_start = time.perf_counter(), time.process_time()
    _render_all(certificates)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sizes = [os.path.getsize(d.pdf.path) for d in CertificateDocument.objects.all()]

    tracemalloc.start()
    _render_all(certificates)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"certificate PDFs rendered and stored: {COUNT:,}")
    print(f"wall time: {wall:.1f} s ({1000 * wall / COUNT:.1f} ms per PDF, {COUNT / wall:.0f} PDFs/s, one process)")
    print(f"CPU time: {cpu:.1f} s ({1000 * cpu / COUNT:.1f} ms per PDF)")
    print(f"size: {sum(sizes) / len(sizes) / 1024:.1f} KiB per PDF on average, {sum(sizes) / 2**20:.1f} MiB in all")
    print(f"peak Python allocations while rendering (tracemalloc): {peak / 2**20:.1f} MiB")
    print(
        f"process peak RSS: {rss_after / 1024:.0f} MiB (grew {(rss_after - rss_before) / 1024:.0f} MiB while rendering)"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_db.name)
        shutil.rmtree(_media, ignore_errors=True)
