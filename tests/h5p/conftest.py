import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def shared_packages_dir():
    """Real packages from other H5P projects, kept beside the repository and never copied into it."""
    return Path(os.environ.get("LINKKI_SHARED_H5P", ROOT.parent / "shared" / "h5p"))


@pytest.fixture
def shared_package():
    folder = shared_packages_dir()
    if not folder.is_dir():
        pytest.skip(f"no shared H5P packages at {folder}; set LINKKI_SHARED_H5P")

    def read(name):
        path = folder / name
        if not path.is_file():
            pytest.skip(f"{path} is missing")
        return path.read_bytes()

    return read


@dataclass
class World:
    course: object
    cohort: object
    activity: object
    trainee: object
    outsider: object
    trainer: object
    coordinator: object
    mentor: object
    administrator: object


@pytest.fixture
def world(db):
    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    activity = f.h5p_activity(module=module, title={"fi": "Harjoitus", "en": "Exercise"})
    trainer, coordinator = f.trainer(), f.coordinator()
    cohort = f.CohortFactory(course=course, trainers=[trainer], coordinators=[coordinator])
    trainee = f.trainee(first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=cohort, user=trainee)
    return World(course, cohort, activity, trainee, f.trainee(), trainer, coordinator, f.mentor(), f.administrator())
