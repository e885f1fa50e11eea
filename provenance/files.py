"""Opening an input file: only a regular file is read.

A FIFO would block the run forever and a device (/dev/zero) never ends, so neither is
read, whatever the path is called or however it is reached (a symbolic link, a
directory walk). The file is opened without blocking and checked on the open handle,
so that nothing can be swapped in between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO


class NotRegularFile(OSError):
    """The path names a FIFO, a device, a socket or a directory."""


def open_regular(path: Path | str) -> IO[bytes]:
    """The file open for reading, or NotRegularFile / OSError."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile("is a directory" if stat.S_ISDIR(mode) else "not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def open_error(exc: OSError) -> str:
    """The one-line reason an input could not be opened."""
    if isinstance(exc, NotRegularFile):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot be read: {exc.strerror or exc}"
