"""setuptools' build backend, asking for mypy as well when CODER_COMPILE=1 asks for a compiled
build (setup.py), so a plain install needs nothing beyond setuptools."""

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 - every hook this module does not replace

MYPYC = ["mypy==2.4.1"]  # the compiler of the compiled build; pinned, as its output depends on it


def compiling() -> bool:
    return os.environ.get("CODER_COMPILE", "").strip().lower() not in ("", "0", "no", "false", "off")


# setuptools' own hooks run setup.py to find what it needs, which would import mypyc before it is
# installed; setup.py asks for nothing else, so a compiled build needs only the compiler.
def get_requires_for_build_wheel(config_settings=None):
    return MYPYC if compiling() else _setuptools.get_requires_for_build_wheel(config_settings)


def get_requires_for_build_editable(config_settings=None):
    return MYPYC if compiling() else _setuptools.get_requires_for_build_editable(config_settings)
