"""
Which work-dir files a run may hand back, and their bytes: one rule for the warm monitor's copy-out
(purpcode_warm.py) and the cold copy-out (purpcode_fetch.py). Only regular files that are not themselves links,
that resolve inside /work, and that fit in what is left of the byte budget.
"""
import os, stat


def read_work_file(rel, budget):
    """(bytes, None) for a file the run may hand back, else (None, why not)."""
    norm = os.path.normpath(rel)
    if os.path.isabs(norm) or norm in (".", "..") or norm.startswith("../"):
        return None, "leaves the work dir"
    path = "/work/" + norm
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode) or not os.path.realpath(path).startswith("/work/"):
            return None, "resolves outside the work dir"
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return None, "not found"
    except OSError as exc:
        return None, exc.strerror or "cannot open"
    except ValueError:
        return None, "not a valid path"  # a NUL in it
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, "not a regular file"
        if info.st_size > budget:
            return None, "larger than the fetch budget"
        chunks, size = [], 0
        while size < info.st_size:
            chunk = os.read(fd, info.st_size - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks), None
    finally:
        os.close(fd)
