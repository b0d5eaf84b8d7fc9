"""Large uploads in parts, streamed file uploads, and downloads streamed to disk.

Part planning is pure (``plan_parts``: sizes, order, the spec's limits of 64 MB per part
and 8 GB per Upload). ``PartReader`` reads a path, bytes or a binary file object one part
at a time (never the whole file) and computes the MD5 the Uploads API can verify, in file
order. ``upload_in_parts``/``aupload_in_parts`` drive create -> add parts (bounded
parallelism: a thread pool / bounded tasks) -> complete with injected callables; at most
``concurrency`` parts are in memory at once. ``open_file_field`` gives httpx a file object
for multipart uploads, so the body streams from disk. ``download_to_file`` and
``adownload_to_file`` write a binary response in chunks and return the bytes written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import IO, TYPE_CHECKING, BinaryIO, TypeVar

import attrs
import httpx

from .errors import ConfigurationError, OpenAIError
from .errors._failure import Phase, classify_exception

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "MAX_PART_SIZE",
    "MAX_UPLOAD_SIZE",
    "PartReader",
    "PartSpec",
    "UploadInfo",
    "adownload_to_file",
    "aupload_in_parts",
    "download_to_file",
    "guess_mime_type",
    "open_file_field",
    "plan_parts",
    "upload_in_parts",
]

R = TypeVar("R")

MAX_PART_SIZE = 64 * 1024 * 1024  # spec: "Each Part can be at most 64 MB"
MAX_UPLOAD_SIZE = 8 * 1024 * 1024 * 1024  # spec: "an Upload can accept at most 8 GB"
DEFAULT_PART_SIZE = MAX_PART_SIZE
DEFAULT_CONCURRENCY = 4

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]


@attrs.frozen(slots=True)
class PartSpec:
    """One part: its 0-based ``index`` (the order given to ``complete``), ``offset``, ``size``."""

    index: int
    offset: int
    size: int


def plan_parts(total_size: int, part_size: int = DEFAULT_PART_SIZE) -> list[PartSpec]:
    """Cut ``total_size`` bytes into ordered parts of ``part_size`` (the last may be shorter)."""
    if not _is_int(part_size) or not 0 < part_size <= MAX_PART_SIZE:
        raise ConfigurationError(
            f"part_size must be an int in 1..{MAX_PART_SIZE} bytes, got {part_size!r}"
        )
    if total_size <= 0:
        raise ConfigurationError("an Upload needs at least one byte")
    if total_size > MAX_UPLOAD_SIZE:
        raise ConfigurationError(
            f"an Upload accepts at most {MAX_UPLOAD_SIZE} bytes, got {total_size}"
        )
    return [
        PartSpec(i, offset, min(part_size, total_size - offset))
        for i, offset in enumerate(range(0, total_size, part_size))
    ]


class PartReader:
    """Reads a source part by part, in order, hashing (MD5) as it goes.

    Paths are opened (and closed by ``close()``); file objects are read from their current
    position and left open; bytes-like sources are sliced without copying the whole.
    ``size`` is required for a file object that cannot ``seek``.
    """

    def __init__(self, source: Source, *, size: int | None = None) -> None:
        self._owned: IO[bytes] | None = None
        self._view: memoryview | None = None
        self._file: IO[bytes] | None = None
        self._md5 = hashlib.md5(usedforsecurity=False)
        self._read = 0
        if isinstance(source, bytes | bytearray | memoryview):
            self._view = memoryview(source).cast("B")
            total = len(self._view)
        elif isinstance(source, str | os.PathLike):
            self._owned = self._file = _open_path(source)  # closed in close()
            total = os.fstat(self._owned.fileno()).st_size
        elif hasattr(source, "read"):
            self._file = source
            total = size if size is not None else self._remaining(source)
        else:
            raise ConfigurationError(
                f"upload source must be a path, bytes or a binary file, not {type(source).__name__}"
            )
        self.size = size if size is not None else total
        self.name = _name_of(source)

    @staticmethod
    def _remaining(fileobj: IO[bytes]) -> int:
        try:
            pos = fileobj.tell()
            end = fileobj.seek(0, io.SEEK_END)
            fileobj.seek(pos)
        except (OSError, AttributeError, ValueError):
            raise ConfigurationError(
                "size= is required for a file object that cannot seek"
            ) from None
        return end - pos

    def read(self, part: PartSpec) -> bytes:
        """The bytes of ``part``; parts must be read in order (the hash depends on it)."""
        if part.offset != self._read:
            raise ConfigurationError(f"parts must be read in order (expected offset {self._read})")
        if self._view is not None:
            data = bytes(self._view[part.offset : part.offset + part.size])
        else:
            assert self._file is not None
            data = self._file.read(part.size)
            if isinstance(data, str):
                raise ConfigurationError("upload file objects must be opened in binary mode")
        if len(data) != part.size:
            raise ConfigurationError(
                f"source ended early: part {part.index} has {len(data)} of {part.size} bytes"
            )
        self._md5.update(data)
        self._read += part.size
        return data

    def md5(self) -> str:
        """Hex MD5 of everything read so far (the whole source once every part is read)."""
        return self._md5.hexdigest()

    def close(self) -> None:
        """Close the file this reader opened itself."""
        if self._owned is not None:
            self._owned.close()

    def __enter__(self) -> PartReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_path(path: str | os.PathLike[str]) -> IO[bytes]:
    """``path`` opened for binary reading; the caller closes it."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise ConfigurationError(f"cannot open {os.fspath(path)!r}: {exc}") from None


def _name_of(source: object) -> str:
    if isinstance(source, str | os.PathLike):
        return os.path.basename(os.fspath(source))
    name = getattr(source, "name", None)
    if isinstance(name, str):
        return os.path.basename(name)
    return "upload.bin"


def guess_mime_type(filename: str) -> str:
    """The MIME type for ``filename`` (``application/octet-stream`` when unknown)."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


@attrs.frozen(slots=True)
class UploadInfo:
    """What ``create`` needs to open an Upload: ``bytes``, ``filename``, ``mime_type``."""

    bytes: int
    filename: str
    mime_type: str


def upload_in_parts(
    source: Source,
    *,
    create: Callable[[UploadInfo], str],
    add_part: Callable[[str, bytes], str],
    complete: Callable[[str, list[str], str], R],
    cancel: Callable[[str], object] | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    size: int | None = None,
    filename: str | None = None,
) -> R:
    """Upload ``source`` as an Upload: ``create(info) -> upload_id``, parts in parallel via
    ``add_part(upload_id, data) -> part_id``, then ``complete(upload_id, part_ids, md5)``.

    On failure ``cancel(upload_id)`` is called (if given) and the error re-raised.
    """
    _check_concurrency(concurrency)
    with PartReader(source, size=size) as reader:
        parts = plan_parts(reader.size, part_size)
        name = filename or reader.name
        upload_id = create(UploadInfo(reader.size, name, guess_mime_type(name)))
        try:
            from concurrent.futures import ThreadPoolExecutor  # loaded by the first upload

            slots = threading.BoundedSemaphore(concurrency)
            failed = threading.Event()
            futures: list[Future[str]] = []

            def release(fut: Future[str]) -> None:
                if fut.exception() is not None:
                    failed.set()
                slots.release()

            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                for part in parts:
                    slots.acquire()  # bounds the parts held in memory
                    if failed.is_set():
                        slots.release()
                        break
                    fut = pool.submit(add_part, upload_id, reader.read(part))
                    fut.add_done_callback(release)
                    futures.append(fut)
            part_ids = [fut.result() for fut in futures]
            return complete(upload_id, part_ids, reader.md5())
        except BaseException:
            if cancel is not None:
                with contextlib.suppress(Exception):
                    cancel(upload_id)
            raise


async def aupload_in_parts(
    source: Source,
    *,
    create: Callable[[UploadInfo], Awaitable[str]],
    add_part: Callable[[str, bytes], Awaitable[str]],
    complete: Callable[[str, list[str], str], Awaitable[R]],
    cancel: Callable[[str], Awaitable[object]] | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    size: int | None = None,
    filename: str | None = None,
) -> R:
    """The async twin of ``upload_in_parts``: bounded tasks, file reads off the event loop."""
    _check_concurrency(concurrency)
    with PartReader(source, size=size) as reader:
        parts = plan_parts(reader.size, part_size)
        name = filename or reader.name
        upload_id = await create(UploadInfo(reader.size, name, guess_mime_type(name)))
        try:
            import asyncio  # a sync-only process never loads asyncio

            slots = asyncio.Semaphore(concurrency)

            async def send(data: bytes) -> str:
                try:
                    return await add_part(upload_id, data)
                finally:
                    slots.release()

            tasks: list[asyncio.Task[str]] = []
            async with asyncio.TaskGroup() as group:
                for part in parts:
                    await slots.acquire()  # bounds the parts held in memory
                    data = await asyncio.to_thread(reader.read, part)
                    tasks.append(group.create_task(send(data)))
            part_ids = [task.result() for task in tasks]
            return await complete(upload_id, part_ids, reader.md5())
        except BaseException as exc:
            if cancel is not None:
                with contextlib.suppress(Exception):
                    await cancel(upload_id)
            if isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
                raise exc.exceptions[0] from None  # the part's own error, not a group
            raise


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_concurrency(concurrency: int) -> None:
    if not _is_int(concurrency) or concurrency < 1:
        raise ConfigurationError(f"concurrency must be an int >= 1, got {concurrency!r}")


@contextlib.contextmanager
def open_file_field(
    source: Source, *, filename: str | None = None, content_type: str | None = None
) -> Iterator[tuple[str, IO[bytes], str]]:
    """A ``(filename, file, content_type)`` tuple for httpx ``files=``; httpx then streams
    the file from disk in chunks. A path is opened here and closed on exit."""
    if isinstance(source, bytes | bytearray | memoryview):
        fileobj: IO[bytes] = io.BytesIO(source)
        owned = True
    elif isinstance(source, str | os.PathLike):
        fileobj, owned = _open_path(source), True  # closed below
    elif hasattr(source, "read"):
        fileobj, owned = source, False
    else:
        raise ConfigurationError(
            f"file must be a path, bytes or a binary file, not {type(source).__name__}"
        )
    name = filename or _name_of(source)
    try:
        yield name, fileobj, content_type or guess_mime_type(name)
    finally:
        if owned:
            fileobj.close()


def _read_error(exc: BaseException) -> BaseException:
    # Bytes may already be in the file: the classifier's body phase, never replayed.
    failure = classify_exception(exc, Phase.BODY)
    if failure.phase is not Phase.BODY or not failure.kind:
        return exc
    cause = exc.__cause__ if isinstance(exc, OpenAIError) else exc
    return failure.error(f"download {failure.kind}: {cause}", retryable=False)


@contextlib.contextmanager
def _sink(dest: str | os.PathLike[str] | BinaryIO) -> Iterator[BinaryIO]:
    """Write to ``dest``; for a path, into a temp file renamed into place on success."""
    if not isinstance(dest, str | os.PathLike):
        if not callable(getattr(dest, "write", None)):
            raise ConfigurationError(
                f"destination must be a path or a binary file, not {type(dest).__name__}"
            )
        yield dest
        return
    final = os.fspath(dest)
    tmp = f"{final}.part"
    try:
        fh = open(tmp, "wb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise ConfigurationError(f"cannot write {final!r}: {exc}") from None
    with fh:
        try:
            yield fh
        except BaseException:
            fh.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    os.replace(tmp, final)


def download_to_file(
    response: httpx.Response,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    chunk_size: int | None = None,
) -> int:
    """Stream a binary ``response`` body into ``dest`` (path or file); return bytes written.

    Chunks are written as they arrive (``chunk_size`` re-chunks them, e.g. for big writes).

    The response is closed afterwards; a path only appears once the body is complete.
    """
    written = 0
    try:
        with _sink(dest) as out:
            for chunk in response.iter_bytes(chunk_size):
                out.write(chunk)
                written += len(chunk)
    except Exception as exc:
        mapped = _read_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc
    finally:
        response.close()
    return written


async def adownload_to_file(
    response: httpx.Response,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    chunk_size: int | None = None,
) -> int:
    """The async twin of ``download_to_file`` (file writes are plain: chunks are small)."""
    written = 0
    try:
        with _sink(dest) as out:
            async for chunk in response.aiter_bytes(chunk_size):
                out.write(chunk)
                written += len(chunk)
    except Exception as exc:
        mapped = _read_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc
    finally:
        await response.aclose()
    return written
