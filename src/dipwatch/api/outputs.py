"""Where results are written: a file or a folder the user named, checked before any work
is done, with one-line errors when it cannot be one."""

from __future__ import annotations

from pathlib import Path

from dipwatch.errors import InputError, OutputError


def output_file(target: Path, option: str = "-o") -> Path:
    """``target`` once its folder exists; a one-line error when it cannot be a file.

    >>> output_file(Path("/"))
    Traceback (most recent call last):
    ...
    dipwatch.errors.InputError: -o / is a directory; give a file name inside it
    """
    if target.is_dir():
        raise InputError(f"{option} {target} is a directory; give a file name inside it")
    make_folder(target.parent, option, target)
    return target


def output_folder(folder: Path, option: str = "-o") -> Path:
    """``folder``, made if it is missing; a one-line error when it is a file or cannot be."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{option} {folder} is a file; give a folder")
    return make_folder(folder, option, folder)


def make_folder(folder: Path, option: str, target: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"cannot write {target}: a part of its folder is a file") from None
    except OSError as err:
        raise OutputError(f"cannot write {target}: {err.strerror}") from None
    return folder
