"""Files sent with reports: checked by content (not by name), size-limited, and stripped of metadata.

Images are decoded and re-encoded from their pixels only, so EXIF (camera, time, GPS position) never reaches
storage. PDFs are rewritten without their document information and XMP metadata (author, software).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from waspada.core.exceptions import ApplicationError
from waspada.intake.models import Attachment, Report

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FILES = 3
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
_IMAGE_FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp")}


@dataclass(frozen=True)
class CleanFile:
    content: bytes
    content_type: str
    extension: str
    original_name: str


def clean_upload(upload: UploadedFile) -> CleanFile:
    name = (upload.name or "lampiran")[-200:]
    if upload.size is not None and upload.size > MAX_FILE_BYTES:
        raise ApplicationError(_("Berkas %(name)s lebih dari 5 MB.") % {"name": name})
    return clean_content(upload.read(MAX_FILE_BYTES + 1), name=name)


def clean_content(data: bytes, *, name: str) -> CleanFile:
    """The one check every file goes through, whether uploaded on a form or fetched from a messaging channel."""
    name = (name or "lampiran")[-200:]
    if len(data) > MAX_FILE_BYTES:
        raise ApplicationError(_("Berkas %(name)s lebih dari 5 MB.") % {"name": name})
    if data.startswith(b"%PDF-"):
        return CleanFile(_clean_pdf(data, name), "application/pdf", "pdf", name)
    return _clean_image(data, name)


def _clean_image(data: bytes, name: str) -> CleanFile:
    refused = ApplicationError(_("Berkas %(name)s bukan gambar (JPEG, PNG, WebP) atau PDF yang sah.") % {"name": name})
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format or ""
            if kind not in _IMAGE_FORMATS or probe.width * probe.height > MAX_PIXELS:
                raise refused
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            # Apply the orientation the EXIF asked for, then keep pixels only.
            upright = ImageOps.exif_transpose(image)
            pixels = upright.convert("RGBA" if upright.mode in ("RGBA", "LA", "P") and kind != "JPEG" else "RGB")
            out = io.BytesIO()
            pixels.save(out, format=kind, **({"quality": 90} if kind in ("JPEG", "WEBP") else {}))
    except ApplicationError:
        raise
    except Exception:
        raise refused from None
    content_type, extension = _IMAGE_FORMATS[kind]
    return CleanFile(out.getvalue(), content_type, extension, name)


def _clean_pdf(data: bytes, name: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ApplicationError(_("PDF %(name)s terkunci sandi; kirim versi tanpa sandi.") % {"name": name})
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        # No document information dictionary, no XMP: author, creator and software names stay behind.
        writer._info = None
        out = io.BytesIO()
        writer.write(out)
    except ApplicationError:
        raise
    except Exception:
        raise ApplicationError(_("Berkas %(name)s bukan PDF yang sah.") % {"name": name}) from None
    return out.getvalue()


def attachments_clean(uploads: list[UploadedFile]) -> list[CleanFile]:
    """Check every file before anything is stored: one bad file refuses the submission, with its name."""
    if len(uploads) > MAX_FILES:
        raise ApplicationError(_("Paling banyak %(n)s lampiran.") % {"n": MAX_FILES})
    return [clean_upload(upload) for upload in uploads]


def attachments_store(*, report: Report, files: list[CleanFile]) -> list[Attachment]:
    """Runs in the transaction that stores the report."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("attachments_store() belongs inside the report's transaction")
    stored = []
    for number, clean in enumerate(files, start=1):
        digest = hashlib.sha256(clean.content).hexdigest()
        attachment = Attachment(
            report=report,
            content_type=clean.content_type,
            size=len(clean.content),
            sha256=digest,
            original_name=clean.original_name,
        )
        attachment.file.save(
            f"{report.pk}-{number}-{digest[:12]}.{clean.extension}", ContentFile(clean.content), save=False
        )
        attachment.save()
        stored.append(attachment)
    return stored
