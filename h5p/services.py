"""Writes with rules: storing a package, recording what the player reports, saving the player's state."""

import json
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePosixPath
from datetime import datetime
from typing import IO, Any, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import Activity
from courses.services import complete_activity

from .models import Attempt, Content, LanguageVersion, Library, Statement, UserData
from .packages import PackagedLibrary, PackageRejected, ValidPackage, read_h5p_package
from .xapi import FAILED, ParsedStatement, parse_statement

logger = logging.getLogger(__name__)

CONTENT_ROOT = "h5p/content"
LIBRARY_ROOT = "h5p/libraries"


def content_prefix(folder: str) -> str:
    return f"{CONTENT_ROOT}/{folder}"


def library_prefix(machine_name: str, major: int, minor: int, patch: int) -> str:
    """Each patch is stored apart, so a newer patch replaces an older one only when its row commits."""
    return f"{LIBRARY_ROOT}/{machine_name}-{major}.{minor}.{patch}"


def library_storage_name(library: Library, path: str) -> str:
    prefix = library_prefix(library.machine_name, library.major_version, library.minor_version, library.patch_version)
    return f"{prefix}/{path}"


class _Writer:
    """Saves files through the storage API and can take back everything it saved."""

    def __init__(self) -> None:
        self.written: list[tuple[str, PackagedLibrary | None]] = []

    def save(self, name: str, content: File, library: PackagedLibrary | None = None) -> None:
        if library is not None and default_storage.exists(name):
            # Left by an import that failed after writing; a library version's files never change.
            default_storage.delete(name)
        saved = default_storage.save(name, content)
        self.written.append((saved, library))
        if saved != name:  # a leftover file took the name; the player would not find this one
            raise OSError(f"storage renamed {name} to {saved}")

    def save_member(
        self, name: str, package: ValidPackage, member: str, library: PackagedLibrary | None = None
    ) -> None:
        """Copy one file of the package to storage, streamed from the archive."""
        with package.open(member) as stream:
            content = File(stream, name=PurePosixPath(name).name)
            content.size = package.member_size(member)
            self.save(name, content, library=library)

    def undo(self) -> None:
        kept = set()
        for name, library in self.written:
            # Another import may have stored the same library version meanwhile; its files stay.
            if (
                library is not None
                and Library.objects.filter(
                    machine_name=library.machine_name,
                    major_version=library.major,
                    minor_version=library.minor,
                    patch_version=library.patch,
                ).exists()
            ):
                kept.add(name)
        _delete_quietly([name for name, _library in self.written if name not in kept])


def _delete_quietly(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not delete the stored H5P file %s", name)
    _remove_empty_folders(names)


def _remove_empty_folders(names: list[str]) -> None:
    """On a local file system, the folders the deleted files leave empty go too (object stores have none)."""
    try:
        roots = {os.path.normpath(default_storage.path(root)) for root in (CONTENT_ROOT, LIBRARY_ROOT)}
        folders = {os.path.dirname(os.path.normpath(default_storage.path(name))) for name in names}
    except NotImplementedError:
        return
    for folder in sorted(folders, key=len, reverse=True):
        while folder not in roots and any(folder.startswith(root + os.sep) for root in roots):
            try:
                os.rmdir(folder)
            except OSError:  # not empty, or already gone
                break
            folder = os.path.dirname(folder)


def _store_libraries(package: ValidPackage, writer: _Writer, superseded: list[str]) -> list[Library]:
    """Create or upgrade the package's libraries (newest patch kept); return their rows."""
    condition = Q(pk__in=[])
    for library in package.libraries:
        condition |= Q(machine_name=library.machine_name, major_version=library.major, minor_version=library.minor)
    existing = {
        (row.machine_name, row.major_version, row.minor_version): row
        for row in Library.objects.select_for_update().filter(condition)
    }
    rows = []
    for library in package.libraries:
        row = existing.get(library.key)
        if row is not None and row.patch_version >= library.patch:
            rows.append(row)
            continue
        prefix = library_prefix(library.machine_name, library.major, library.minor, library.patch)
        for path, member in sorted(library.files.items()):
            writer.save_member(f"{prefix}/{path}", package, member, library=library)
        if row is None:
            row = Library(machine_name=library.machine_name, major_version=library.major, minor_version=library.minor)
        else:
            superseded.extend(library_storage_name(row, path) for path in row.files)
        row.patch_version = library.patch
        row.title = str(library.metadata.get("title") or library.machine_name)[:255]
        row.metadata = library.metadata
        row.files = sorted(library.files)
        row.save()
        rows.append(row)
    return rows


def _write_content_files(package: ValidPackage, writer: "_Writer") -> str:
    """Save the package's h5p.json and content files in a new folder of their own; its name."""
    folder = uuid.uuid4().hex
    prefix = content_prefix(folder)
    writer.save(f"{prefix}/h5p.json", ContentFile(package.h5p_json))
    for path, member in sorted(package.content_files.items()):
        writer.save_member(f"{prefix}/content/{path}", package, member)
    return folder


def _stored_names(folder: str, files: list[str]) -> list[str]:
    """The stored names of a package's h5p.json and content files in `folder`."""
    return [f"{content_prefix(folder)}/h5p.json", *(f"{content_prefix(folder)}/content/{path}" for path in files)]


def import_package(
    activity: Activity,
    source: bytes | IO[bytes] | ValidPackage,
    *,
    by: User | None,
    file_name: str = "",
    pass_threshold: Decimal | None = None,
) -> Content:
    """Validate the `.h5p` file `source` (bytes, an open file or an already validated package) and make
    it the content of `activity`.

    Raises packages.PackageRejected, and stores nothing, when the package cannot be used. Only the
    libraries the content needs are stored and linked to it. Replacing
    a package keeps every statement and attempt; the trainees' saved player state is cleared, since
    it describes the old content.
    """
    package = source if isinstance(source, ValidPackage) else read_h5p_package(source)
    writer, superseded = _Writer(), list[str]()
    try:
        folder = _write_content_files(package, writer)
        with transaction.atomic():
            libraries = _store_libraries(package, writer, superseded)
            content = Content.objects.select_for_update().filter(activity=activity).first()
            if content is None:
                content = Content(activity=activity)
            else:
                superseded.extend(_stored_names(content.folder, content.files))
                UserData.objects.filter(activity=activity).delete()
            content.title = str(package.title)[:255]
            content.main_library = package.metadata["mainLibrary"]
            content.metadata = package.metadata
            content.folder = folder
            content.files = sorted(package.content_files)
            content.file_name = file_name[:255]
            content.size = package.size
            content.uploaded_by = by
            if pass_threshold is not None:
                content.pass_threshold = pass_threshold
            content.save()
            content.libraries.set(libraries)
            transaction.on_commit(lambda: _delete_quietly(superseded))
    except BaseException:
        writer.undo()
        raise
    return content


def import_language_version(
    content: Content,
    source: bytes | IO[bytes] | ValidPackage,
    language: str,
    *,
    by: User | None,
    file_name: str = "",
) -> LanguageVersion:
    """Validate the `.h5p` file `source` and make it `content`'s version in `language`, replacing one
    there. The version plays instead of the package for trainees of that language; attempts, results
    and the completion rule stay the activity's.

    Raises packages.PackageRejected, and stores nothing, when the package cannot be used or is of
    another content type than the activity's package (the saved player state would not fit it).
    """
    package = source if isinstance(source, ValidPackage) else read_h5p_package(source)
    if package.metadata["mainLibrary"] != content.main_library:
        raise PackageRejected(
            [
                _("A language version must be of the same content type as the activity's package (%(library)s).")
                % {"library": content.main_library}
            ]
        )
    writer, superseded = _Writer(), list[str]()
    try:
        folder = _write_content_files(package, writer)
        with transaction.atomic():
            libraries = _store_libraries(package, writer, superseded)
            version = LanguageVersion.objects.select_for_update().filter(
                content=content, language=language
            ).first() or LanguageVersion(content=content, language=language)
            if version.pk:
                superseded.extend(_stored_names(version.folder, version.files))
            version.title = str(package.title)[:255]
            version.metadata = package.metadata
            version.folder = folder
            version.files = sorted(package.content_files)
            version.file_name = file_name[:255]
            version.size = package.size
            version.uploaded_by = by
            version.save()
            version.libraries.set(libraries)
            transaction.on_commit(lambda: _delete_quietly(superseded))
    except BaseException:
        writer.undo()
        raise
    return version


def remove_language_version(version: LanguageVersion) -> None:
    """Delete a language version and its files; its trainees play the package again."""
    names = _stored_names(version.folder, version.files)
    version.delete()
    transaction.on_commit(lambda: _delete_quietly(names))


def set_pass_threshold(content: Content, threshold: Decimal) -> Content:
    content.pass_threshold = threshold
    content.full_clean(validate_unique=False, validate_constraints=False)
    content.save(update_fields=["pass_threshold"])
    return content


def agent_for(user: User) -> dict[str, Any]:
    """The xAPI actor for `user`: always the person logged in, whatever the statement said."""
    return {
        "objectType": "Agent",
        "name": user.get_full_name() or user.get_username(),
        "account": {"homePage": settings.SITE_URL, "name": str(user.pk)},
    }


def set_completion_rule(content: Content, rule: str, threshold: Decimal | None = None) -> Content:
    """How the activity completes: a score of at least `threshold`, finishing the content, or opening it."""
    content.completion_rule = rule
    fields = ["completion_rule"]
    if threshold is not None:
        content.pass_threshold = threshold
        fields.append("pass_threshold")
    content.full_clean(validate_unique=False, validate_constraints=False)
    content.save(update_fields=fields)
    return content


START_ERROR_MAX_LENGTH = 500


def report_start_error(content: Content, message: object, folder: str) -> bool:
    """Keep the newest reason the content failed to start, for the trainer; a report about a package
    that has since been replaced is ignored. Returns whether it was kept."""
    if folder != content.folder:
        return False
    text = " ".join(str(message).split())[:START_ERROR_MAX_LENGTH] or _("The content did not start.")
    Content.objects.filter(pk=content.pk, folder=folder).update(
        start_error=text, start_error_at=timezone.now(), start_error_folder=folder
    )
    return True


def record_view(user: User, activity: Activity) -> bool:
    """The player started for `user`; under the "viewed" rule that completes the activity."""
    content = activity.h5p_content
    if content.completion_rule != Content.CompletionRule.VIEWED:
        return False
    return complete_activity(user, activity)


def attempt_is_passed(
    parsed: ParsedStatement, threshold: Decimal | float, rule: str = Content.CompletionRule.PASS_MARK
) -> bool:
    """Under the pass mark a scored try passes at the threshold, an unscored one when it is completed and
    not failed; under "completed" or "viewed" every finished try passes, whatever its score."""
    if rule != Content.CompletionRule.PASS_MARK:
        return True
    if parsed.score_scaled is not None:
        return parsed.score_scaled >= float(threshold)
    if parsed.success is False or parsed.verb == FAILED:
        return False
    return bool(parsed.completion or parsed.success)


def _completion(activity: Activity) -> tuple[Decimal, str]:
    try:
        return activity.h5p_content.pass_threshold, activity.h5p_content.completion_rule
    except Content.DoesNotExist:
        return Decimal("1"), Content.CompletionRule.PASS_MARK


@dataclass
class Recorded:
    statement: Statement
    attempt: Attempt | None
    is_new: bool
    completed_activity: bool


def _statement_row(user: User, activity: Activity, parsed: ParsedStatement) -> Statement:
    raw = {**parsed.raw, "actor": agent_for(user)}
    if parsed.statement_id is not None:
        raw["id"] = str(parsed.statement_id)
    return Statement(
        user=user,
        activity=activity,
        statement_id=parsed.statement_id,
        verb=parsed.verb,
        object_id=parsed.object_id,
        is_about_whole_content=parsed.is_about_whole_content,
        score_raw=parsed.score_raw,
        score_min=parsed.score_min,
        score_max=parsed.score_max,
        score_scaled=parsed.score_scaled,
        success=parsed.success,
        completion=parsed.completion,
        duration=parsed.duration,
        timestamp=cast(datetime, parsed.timestamp),
        raw=raw,
    )


def record_xapi_statement(user: User, activity: Activity, statement: object) -> Recorded:
    """Store one statement from the player for `user`; a try at the whole content becomes an attempt,
    and a passing attempt completes the activity. Raises xapi.StatementInvalid, storing nothing."""
    parsed = parse_statement(statement)
    return _record_parsed(user, activity, parsed)


def _record_parsed(user: User, activity: Activity, parsed: ParsedStatement) -> Recorded:
    try:
        with transaction.atomic():
            stored = _statement_row(user, activity, parsed)
            stored.save()
            attempt, completed = None, False
            if parsed.is_outcome:
                is_passed = attempt_is_passed(parsed, *_completion(activity))
                attempt = Attempt.objects.create(
                    user=user,
                    activity=activity,
                    statement=stored,
                    score_raw=parsed.score_raw,
                    score_max=parsed.score_max,
                    score_scaled=parsed.score_scaled,
                    is_passed=is_passed,
                    finished_at=cast(datetime, parsed.timestamp),
                )
                if is_passed:
                    completed = complete_activity(user, activity)
    except IntegrityError:
        # The same statement was sent again (a retry after a lost answer): it is stored once.
        existing = Statement.objects.filter(user=user, statement_id=parsed.statement_id).first()
        if parsed.statement_id is None or existing is None:
            raise
        return Recorded(existing, Attempt.objects.filter(statement=existing).first(), False, False)
    return Recorded(stored, attempt, True, completed)


def record_xapi_statements(user: User, activity: Activity, statements: list[ParsedStatement]) -> None:
    """Store statements that waited on the trainee's phone, in the order they were made, each once.

    Statements already stored (by their id) are skipped. Those that end a try at the whole content go
    one by one, as `record_xapi_statement` takes them; the rest (answers to single questions, progress)
    are written together, so a long queue costs a fixed number of queries.
    """
    ids = [parsed.statement_id for parsed in statements if parsed.statement_id is not None]
    stored = set(Statement.objects.filter(user=user, statement_id__in=ids).values_list("statement_id", flat=True))
    rows: list[Statement] = []
    for parsed in statements:
        if parsed.statement_id in stored:
            continue
        if parsed.statement_id is not None:
            stored.add(parsed.statement_id)
        if parsed.is_outcome:
            if rows:
                Statement.objects.bulk_create(rows, ignore_conflicts=True)
                rows = []
            _record_parsed(user, activity, parsed)
        else:
            rows.append(_statement_row(user, activity, parsed))
    if rows:
        Statement.objects.bulk_create(rows, ignore_conflicts=True)


def save_user_data(
    user: User, activity: Activity, data: object, data_type: str = "state", sub_content_id: str = "0"
) -> str | None:
    """Keep the player's state for `user`; empty data or "RESET" forgets it."""
    if data in (None, "", "RESET"):
        UserData.objects.filter(
            user=user, activity=activity, data_type=data_type, sub_content_id=sub_content_id
        ).delete()
        return None
    if not isinstance(data, str):
        raise ValidationError({"data": [_("The saved state must be text.")]})
    if len(data.encode()) > settings.H5P_MAX_STATE_BYTES:
        raise ValidationError({"data": [_("The saved state is too large.")]})
    try:
        json.loads(data)
    except json.JSONDecodeError:
        raise ValidationError({"data": [_("The saved state must be JSON.")]}) from None
    # One statement per write, never a read then a write, so concurrent saves cannot deadlock.
    key = {"user": user, "activity": activity, "data_type": data_type, "sub_content_id": sub_content_id}
    if not UserData.objects.filter(**key).update(data=data, updated_at=timezone.now()):
        try:
            with transaction.atomic():
                UserData.objects.create(**key, data=data)
        except IntegrityError:
            UserData.objects.filter(**key).update(data=data, updated_at=timezone.now())
    return data
