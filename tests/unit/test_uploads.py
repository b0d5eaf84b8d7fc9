"""Uploads: part planning, part reading + MD5, parallel part drivers, streamed files, downloads."""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from integrations_openai.errors import ConfigurationError, NetworkError
from integrations_openai.uploads import (
    MAX_PART_SIZE,
    MAX_UPLOAD_SIZE,
    PartReader,
    PartSpec,
    UploadInfo,
    adownload_to_file,
    aupload_in_parts,
    download_to_file,
    open_file_field,
    plan_parts,
    upload_in_parts,
)
from tests.support.faultserver import FaultServer, Reply

DATA = bytes(range(256)) * 40  # 10,240 bytes


# --- planning ------------------------------------------------------------------------------


def test_plan_parts_sizes_and_order() -> None:
    assert plan_parts(10, 4) == [PartSpec(0, 0, 4), PartSpec(1, 4, 4), PartSpec(2, 8, 2)]
    assert plan_parts(8, 4) == [PartSpec(0, 0, 4), PartSpec(1, 4, 4)]
    assert plan_parts(1) == [PartSpec(0, 0, 1)]
    assert len(plan_parts(MAX_UPLOAD_SIZE)) == MAX_UPLOAD_SIZE // MAX_PART_SIZE


@pytest.mark.parametrize(
    ("total", "part", "match"),
    [
        (0, 4, "at least one byte"),
        (MAX_UPLOAD_SIZE + 1, MAX_PART_SIZE, "at most"),
        (10, 0, "part_size"),
        (10, MAX_PART_SIZE + 1, "part_size"),
        (10, "4", "part_size"),
        (10, 4.0, "part_size"),
    ],
)
def test_plan_parts_limits(total: int, part: Any, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        plan_parts(total, part)


# --- reading -------------------------------------------------------------------------------


class RecordingFile(io.BytesIO):
    """A file object that records the size of every read."""

    def __init__(self, data: bytes, *, seekable: bool = True) -> None:
        super().__init__(data)
        self.reads: list[int] = []
        self._seekable = seekable

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)

    def seek(self, *args: Any) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("not seekable")
        return super().seek(*args)


def sources(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "data.jsonl"
    path.write_bytes(DATA)
    return {
        "path": path,
        "str path": str(path),
        "bytes": DATA,
        "bytearray": bytearray(DATA),
        "file": RecordingFile(DATA),
    }


@pytest.mark.parametrize("kind", ["path", "str path", "bytes", "bytearray", "file"])
def test_part_reader_reads_in_parts_with_md5(tmp_path: Path, kind: str) -> None:
    source = sources(tmp_path)[kind]
    with PartReader(source) as reader:
        assert reader.size == len(DATA)
        chunks = [reader.read(p) for p in plan_parts(reader.size, 3000)]
        assert b"".join(chunks) == DATA
        assert reader.md5() == hashlib.md5(DATA).hexdigest()
    if kind == "file":
        assert max(source.reads) <= 3000  # never the whole file at once


def test_part_reader_file_from_current_position_and_name() -> None:
    f = RecordingFile(b"xx" + DATA)
    f.name = "/tmp/some/report.csv"  # type: ignore[misc]
    f.seek(2)
    reader = PartReader(f)
    assert reader.size == len(DATA)
    assert reader.name == "report.csv"


def test_part_reader_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot seek"):
        PartReader(RecordingFile(DATA, seekable=False))
    assert PartReader(RecordingFile(DATA, seekable=False), size=len(DATA)).size == len(DATA)
    with pytest.raises(ConfigurationError, match="cannot open"):
        PartReader(tmp_path / "missing.bin")
    with pytest.raises(ConfigurationError, match="path, bytes or a binary file"):
        PartReader(12)  # type: ignore[arg-type]
    reader = PartReader(DATA)
    with pytest.raises(ConfigurationError, match="in order"):
        reader.read(PartSpec(1, 100, 10))
    short = PartReader(io.BytesIO(b"abc"), size=10)
    with pytest.raises(ConfigurationError, match="ended early"):
        short.read(PartSpec(0, 0, 10))
    text = PartReader(io.StringIO("abc"), size=3)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="binary mode"):
        text.read(PartSpec(0, 0, 3))


# --- drivers -------------------------------------------------------------------------------


class FakeUploads:
    """create / add_part / complete / cancel recording calls and peak concurrency."""

    def __init__(self, fail_on: int | None = None, delay: float = 0.03) -> None:
        self.lock = threading.Lock()
        self.info: UploadInfo | None = None
        self.parts: dict[str, bytes] = {}
        self.active = 0
        self.peak = 0
        self.cancelled: list[str] = []
        self.fail_on = fail_on
        self.delay = delay
        self.calls = 0

    def create(self, info: UploadInfo) -> str:
        self.info = info
        return "upload_1"

    def _enter(self) -> int:
        with self.lock:
            self.calls += 1
            self.active += 1
            self.peak = max(self.peak, self.active)
            return self.calls

    def _leave(self) -> None:
        with self.lock:
            self.active -= 1

    def add_part(self, upload_id: str, data: bytes) -> str:
        n = self._enter()
        try:
            time.sleep(self.delay)
            if n == self.fail_on:
                raise NetworkError("part failed")
            part_id = f"part_{hashlib.sha1(data).hexdigest()[:8]}_{n}"
            self.parts[part_id] = data
            return part_id
        finally:
            self._leave()

    def complete(self, upload_id: str, part_ids: list[str], md5: str) -> dict[str, Any]:
        return {"id": upload_id, "data": b"".join(self.parts[p] for p in part_ids), "md5": md5}

    def cancel(self, upload_id: str) -> None:
        self.cancelled.append(upload_id)

    # async twins
    async def acreate(self, info: UploadInfo) -> str:
        return self.create(info)

    async def aadd_part(self, upload_id: str, data: bytes) -> str:
        n = self._enter()
        try:
            await asyncio.sleep(self.delay)
            if n == self.fail_on:
                raise NetworkError("part failed")
            part_id = f"part_{n}"
            self.parts[part_id] = data
            return part_id
        finally:
            self._leave()

    async def acomplete(self, upload_id: str, part_ids: list[str], md5: str) -> dict[str, Any]:
        return self.complete(upload_id, part_ids, md5)

    async def acancel(self, upload_id: str) -> None:
        self.cancel(upload_id)


async def run_upload(fake: FakeUploads, source: Any, *, is_async: bool, **kw: Any) -> Any:
    if is_async:
        return await aupload_in_parts(
            source,
            create=fake.acreate,
            add_part=fake.aadd_part,
            complete=fake.acomplete,
            cancel=fake.acancel,
            **kw,
        )
    return upload_in_parts(
        source,
        create=fake.create,
        add_part=fake.add_part,
        complete=fake.complete,
        cancel=fake.cancel,
        **kw,
    )


both = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


@both
async def test_upload_in_parts_order_md5_and_bounded_concurrency(
    tmp_path: Path, is_async: bool
) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(DATA)
    fake = FakeUploads()
    result = await run_upload(fake, path, is_async=is_async, part_size=1000, concurrency=3)
    assert result["data"] == DATA  # reassembled in the planned order
    assert result["md5"] == hashlib.md5(DATA).hexdigest()
    assert fake.info == UploadInfo(len(DATA), "train.jsonl", "application/octet-stream")
    assert fake.calls == 11
    assert 1 < fake.peak <= 3
    assert fake.cancelled == []


@both
async def test_upload_failure_cancels_and_reraises(is_async: bool) -> None:
    fake = FakeUploads(fail_on=2)
    with pytest.raises(NetworkError, match="part failed"):
        await run_upload(
            fake, DATA, is_async=is_async, part_size=500, concurrency=2, filename="a.json"
        )
    assert fake.cancelled == ["upload_1"]
    assert fake.calls < 21  # stopped early instead of sending every part
    assert fake.info is not None and fake.info.mime_type == "application/json"


@both
@pytest.mark.parametrize("concurrency", [0, "2", True])
async def test_upload_bad_concurrency(is_async: bool, concurrency: Any) -> None:
    with pytest.raises(ConfigurationError, match="concurrency"):
        await run_upload(FakeUploads(), DATA, is_async=is_async, concurrency=concurrency)


def test_upload_parts_over_real_sockets(fault_server: FaultServer) -> None:
    fault_server.handler = lambda req: Reply(body={"id": f"part_{len(req.body)}_{req.path}"})
    with httpx.Client(base_url=fault_server.url) as client:

        def add_part(upload_id: str, data: bytes) -> str:
            response = client.post(f"/v1/uploads/{upload_id}/parts", content=data)
            return str(response.json()["id"])

        result = upload_in_parts(
            DATA,
            create=lambda info: "upload_9",
            add_part=add_part,
            complete=lambda uid, ids, md5: (uid, ids, md5),
            part_size=4096,
            concurrency=2,
        )
    assert result[0] == "upload_9"
    assert [pid.split("_")[1] for pid in result[1]] == ["4096", "4096", "2048"]
    assert sorted(len(r.body) for r in fault_server.requests) == [2048, 4096, 4096]


# --- streamed multipart file ---------------------------------------------------------------


def test_open_file_field_streams_path_and_closes(tmp_path: Path, fault_server: FaultServer) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(DATA)
    with open_file_field(path) as field, httpx.Client(base_url=fault_server.url) as client:
        name, fileobj, ctype = field
        assert (name, ctype) == ("batch.jsonl", "application/octet-stream")
        client.post("/v1/files", files={"file": field}, data={"purpose": "batch"})
    assert fileobj.closed
    body = fault_server.requests[0].body
    assert DATA in body and b'filename="batch.jsonl"' in body


def test_open_file_field_bytes_and_file_objects() -> None:
    with open_file_field(b"abc", filename="x.png") as (name, fileobj, ctype):
        assert (name, fileobj.read(), ctype) == ("x.png", b"abc", "image/png")
    caller_file = io.BytesIO(b"z")
    with open_file_field(caller_file, content_type="text/plain") as (_, fileobj, ctype):
        assert fileobj is caller_file and ctype == "text/plain"
    assert not caller_file.closed  # the caller's file stays theirs
    with pytest.raises(ConfigurationError), open_file_field(3.5):  # type: ignore[arg-type]
        pass
    with pytest.raises(ConfigurationError, match="cannot open"), open_file_field("/nope/x"):
        pass


# --- downloads -----------------------------------------------------------------------------

CHUNKS = [DATA[i : i + 1000] for i in range(0, len(DATA), 1000)]


@both
async def test_download_to_path(tmp_path: Path, fault_server: FaultServer, is_async: bool) -> None:
    fault_server.enqueue(Reply(chunks=CHUNKS))
    dest = tmp_path / "out.bin"
    if is_async:
        async with httpx.AsyncClient() as client:
            response = await client.send(client.build_request("GET", fault_server.url), stream=True)
            written = await adownload_to_file(response, dest, chunk_size=512)
    else:
        with httpx.Client() as client:
            response = client.send(client.build_request("GET", fault_server.url), stream=True)
            written = download_to_file(response, dest, chunk_size=512)
    assert written == len(DATA)
    assert dest.read_bytes() == DATA
    assert response.is_closed
    assert not (tmp_path / "out.bin.part").exists()


@both
async def test_download_cut_leaves_no_file(
    tmp_path: Path, fault_server: FaultServer, is_async: bool
) -> None:
    fault_server.enqueue(Reply(chunks=CHUNKS, cut_after=3))
    dest = tmp_path / "out.bin"
    with pytest.raises(NetworkError, match="download failed"):
        if is_async:
            async with httpx.AsyncClient() as client:
                request = client.build_request("GET", fault_server.url)
                await adownload_to_file(await client.send(request, stream=True), dest)
        else:
            with httpx.Client() as client:
                request = client.build_request("GET", fault_server.url)
                download_to_file(client.send(request, stream=True), dest)
    assert list(tmp_path.iterdir()) == []


def test_download_stall_is_timeout_and_file_object_dest(fault_server: FaultServer) -> None:
    from integrations_openai.errors import TimeoutError

    fault_server.enqueue(Reply(chunks=CHUNKS, stall_after=2))
    out = io.BytesIO()
    with httpx.Client(timeout=httpx.Timeout(5.0, read=0.3)) as client:
        response = client.send(client.build_request("GET", fault_server.url), stream=True)
        with pytest.raises(TimeoutError, match="stalled"):
            download_to_file(response, out)
    assert out.getvalue() == DATA[:2000]


def test_download_bad_destination_is_configuration_error(tmp_path: Path) -> None:
    response = httpx.Response(200, content=b"abc")
    with pytest.raises(ConfigurationError, match="path or a binary file"):
        download_to_file(response, 3)  # type: ignore[arg-type]
    assert response.is_closed
    with pytest.raises(ConfigurationError, match="cannot write"):
        download_to_file(httpx.Response(200, content=b"abc"), tmp_path / "no-dir" / "out.bin")


def test_download_other_errors_pass_through() -> None:
    response = httpx.Response(200, content=b"abc")

    class Broken(io.BytesIO):
        def write(self, data: Any) -> int:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        download_to_file(response, Broken())
