"""`-o FILE` never damages what it writes to: devices and FIFOs are written directly, modes follow the umask or
stay as they were, a missing folder is one line and exit 2. Through the real entry point, in a temporary folder."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from dateline import emit
from tests.test_batch_fixtures import article_text, lines

ENTRY = [sys.executable, "-c", "from dateline.cli import main; main()"]


def dateline(*args: str, umask: int = 0o022, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """`dateline ARGS` as a process of its own, with `umask`."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([*ENTRY, *args], capture_output=True, timeout=120, env=env, umask=umask, cwd=cwd, check=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(article_text(1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_0666_less_the_umask(tmp_path: Path, article: Path, umask: int, mode: int) -> None:
    target = tmp_path / "claims.jsonl"
    done = dateline("extract", str(article), "--lang", "en", "-o", str(target), umask=umask)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert lines(target.read_bytes())


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o664])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, article: Path, mode: int) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    target.chmod(mode)
    done = dateline("extract", str(article), "--lang", "en", "-o", str(target), umask=0o077)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert lines(target.read_bytes())


def test_a_symlink_stays_a_link_to_the_new_file(tmp_path: Path, article: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("yesterday\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    done = dateline("extract", str(article), "--lang", "en", "-o", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and lines(real.read_bytes())


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a character device needs root")
def test_a_character_device_is_written_directly_never_replaced(tmp_path: Path, article: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the null device, in the temporary folder
    except PermissionError:
        pytest.skip("this container may not create device nodes")
    done = dateline("extract", str(article), "--lang", "en", "-o", str(device))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(device.stat().st_mode) and device.stat().st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "null"]  # no temporary file left either


def test_a_fifo_is_written_directly(tmp_path: Path, article: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = dateline("extract", str(article), "--lang", "en", "-o", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert lines(received[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "pipe"]


def test_dev_stdout_is_the_standard_output(tmp_path: Path, article: Path) -> None:
    done = dateline("extract", str(article), "--lang", "en", "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert lines(done.stdout)
    assert not any(p.name.endswith(".tmp") for p in Path("/dev").iterdir() if p.name.startswith(".stdout"))


def test_dev_stdout_redirected_to_a_file_is_appended_not_replaced(tmp_path: Path, article: Path) -> None:
    log = tmp_path / "log.jsonl"
    log.write_text('{"earlier": 1}\n', encoding="utf-8")
    with open(log, "ab") as out:
        done = subprocess.run(
            [*ENTRY, "extract", str(article), "--lang", "en", "-o", "/dev/stdout"],
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    records = lines(log.read_bytes())
    assert records[0] == {"earlier": 1} and len(records) > 1


@pytest.mark.parametrize("where", ["missing-folder/x.jsonl", "."])
def test_an_unwritable_target_is_one_line_and_exit_2(tmp_path: Path, article: Path, where: str) -> None:
    done = dateline("extract", str(article), "--lang", "en", "-o", where, cwd=tmp_path)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert message.count("\n") == 1 and message.startswith("dateline: cannot write ") and where in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_a_replaced_file_keeps_its_owner_where_the_process_may_set_it(tmp_path: Path, article: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    os.chown(target, 1234, 5678)
    target.chmod(0o640)
    done = dateline("extract", str(article), "--lang", "en", "-o", str(target))
    assert done.returncode == 0, done.stderr
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1234, 5678, 0o640)


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm")
def test_a_regular_file_under_dev_is_replaced_like_any_other(article: Path) -> None:
    import tempfile

    with tempfile.TemporaryDirectory(dir="/dev/shm") as tmp:
        target = Path(tmp, "claims.jsonl")
        target.write_text('{"yesterday": 1}\n', encoding="utf-8")
        done = dateline("extract", str(article), "--lang", "en", "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert {"yesterday": 1} not in lines(target.read_bytes())
        assert os.listdir(tmp) == ["claims.jsonl"]


def test_a_sigterm_while_the_file_is_created_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM that arrives while the temporary file is being created is held, then raised as the run ends
    (as `dateline.cli` does): the temporary file is removed and the old output kept, also with another thread
    running (as with `-j`), which the kernel may hand the signal to."""
    target = tmp_path / "out.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    create = tempfile.mkstemp

    def create_then_terminate(*args: object, **kwargs: object) -> tuple[int, str]:
        made = create(*args, **kwargs)  # type: ignore[call-overload]
        os.kill(os.getpid(), signal.SIGTERM)  # held until the file is known to the cleanup
        return made  # type: ignore[no-any-return]

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminated)
    monkeypatch.setattr(tempfile, "mkstemp", create_then_terminate)
    done = threading.Event()
    other = threading.Thread(target=done.wait)
    other.start()
    try:
        with pytest.raises(SystemExit), emit.output_file(target) as out:
            out.write(b"today\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
        done.set()
        other.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    assert target.read_text(encoding="utf-8") == "yesterday\n"
