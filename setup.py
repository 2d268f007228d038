"""Only here to add ``resources/`` as the package ``companion.resources``; all other
metadata is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["companion", "companion.*"]), "companion.resources"])
