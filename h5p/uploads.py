"""An upload handler that keeps no file larger than the largest Linkki takes, in memory or on disk.

Django keeps a small upload in memory (up to FILE_UPLOAD_MAX_MEMORY_SIZE) and streams a larger one
to a temporary file; this handler takes the larger ones. A request whose declared length already
passes the limit keeps none of its files, and a file that passes the limit while it streams is
dropped there and its temporary file deleted. Either way the form fields still arrive, so the page
answers with the form and a clear message (the CSRF token is among the fields), and the form sees
a `RefusedUpload` in the file's place. The largest file Linkki takes is an H5P package
(H5P_MAX_PACKAGE_BYTES).
"""

import io

from django.conf import settings
from django.core.files.uploadedfile import TemporaryUploadedFile, UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, TemporaryFileUploadHandler

# Room in a request's declared length for the form's other fields and the multipart framing.
FORM_ALLOWANCE = 64 * 1024


def upload_limit():
    return settings.H5P_MAX_PACKAGE_BYTES


class RefusedUpload(UploadedFile):
    """In place of a file that was too large: its name and size, and no content at all."""

    is_refused = True

    def __init__(self, name, content_type, size, limit):
        super().__init__(io.BytesIO(), name=name, content_type=content_type, size=size)
        self.limit = limit


def is_refused(upload):
    return getattr(upload, "is_refused", False)


class SizeLimitedUploadHandler(TemporaryFileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.limit = upload_limit()
        self.request_is_too_large = False
        self.refused = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.request_is_too_large = content_length > self.limit + FORM_ALLOWANCE

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        FileUploadHandler.new_file(
            self, field_name, file_name, content_type, content_length, charset, content_type_extra
        )
        self.refused = self.request_is_too_large
        if self.refused:
            self.file = io.BytesIO()  # nothing is written anywhere
        else:
            self.file = TemporaryUploadedFile(
                self.file_name, self.content_type, 0, self.charset, self.content_type_extra
            )

    def receive_data_chunk(self, raw_data, start):
        if self.refused:
            return None
        if start + len(raw_data) > self.limit:
            self.refused = True
            self.file.close()  # a temporary upload deletes its file as it closes
            self.file = io.BytesIO()
            return None
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size):
        if self.refused:
            return RefusedUpload(self.file_name, self.content_type, file_size, self.limit)
        return super().file_complete(file_size)
